-- BeschermdThuis.Matching schema, version 4 (SQL Server): a version per updatable row, for optimistic concurrency.
-- Every update is conditional (UPDATE ... SET ..., version = version + 1 WHERE <key> AND version = @ExpectedVersion),
-- so two writers that read the same version cannot both write: the second finds no row and reads again. The API
-- shows the version as an opaque etag (AIP-154). Existing rows start at version 1, as new rows do.

ALTER TABLE units ADD version BIGINT NOT NULL CONSTRAINT df_units_version DEFAULT 1;

ALTER TABLE clients ADD version BIGINT NOT NULL CONSTRAINT df_clients_version DEFAULT 1;

ALTER TABLE care_teams ADD version BIGINT NOT NULL CONSTRAINT df_care_teams_version DEFAULT 1;

ALTER TABLE agreements ADD version BIGINT NOT NULL CONSTRAINT df_agreements_version DEFAULT 1;

ALTER TABLE neighbourhoods ADD version BIGINT NOT NULL CONSTRAINT df_neighbourhoods_version DEFAULT 1;
