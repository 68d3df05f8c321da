-- BeschermdThuis.Matching schema, version 5 (SQL Server): a version number per region, raised in the same transaction
-- as every write to the region or its neighbourhoods. A server keeps the region (its neighbourhood locator) in memory
-- and reads this number on every call, so a change made through another server on the same database is seen at once.

CREATE TABLE region_versions (
    region_id NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL PRIMARY KEY REFERENCES regions (region_id) ON DELETE CASCADE,
    version BIGINT NOT NULL
);

INSERT INTO region_versions (region_id, version) SELECT region_id, 1 FROM regions;
