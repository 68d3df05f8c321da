-- BeschermdThuis.Matching schema, version 4 (SQLite): a version per updatable row, for optimistic concurrency.
-- Every update is conditional (UPDATE ... SET ..., version = version + 1 WHERE <key> AND version = @ExpectedVersion),
-- so two writers that read the same version cannot both write: the second finds no row and reads again. The API
-- shows the version as an opaque etag (AIP-154). Existing rows start at version 1, as new rows do.

ALTER TABLE units ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

ALTER TABLE clients ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

ALTER TABLE care_teams ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

ALTER TABLE agreements ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

ALTER TABLE neighbourhoods ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
