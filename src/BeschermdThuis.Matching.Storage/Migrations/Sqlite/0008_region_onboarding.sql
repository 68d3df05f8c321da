-- BeschermdThuis.Matching schema, version 8 (SQLite): onboarding a real region.
-- Corporations become resources of a region, kept by the administrator: their region, a version (etag) and the
-- municipalities where they have stock. A corporation stored before this version is put in the region of its units,
-- or in the only region when there is one, and gets the municipalities its units lie in (a buurt code BU0268xxxx lies
-- in GM0268). region_id has no foreign key: regions are never deleted, and a corporation saved without a region (as
-- before this version) is simply in none. The region's settings (its default limits) get a version of their own, and a neighbourhood records the
-- year of the CBS kerncijfers its count of inhabitants is taken from (NULL: estimated, or not recorded).

ALTER TABLE corporations ADD COLUMN region_id TEXT NULL;

ALTER TABLE corporations ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

UPDATE corporations SET region_id = COALESCE(
    (SELECT MIN(u.region_id) FROM units u WHERE u.corporation_id = corporations.corporation_id),
    (SELECT MIN(r.region_id) FROM regions r HAVING COUNT(*) = 1));

CREATE INDEX ix_corporations_region ON corporations (region_id, corporation_id);

CREATE TABLE corporation_municipalities (
    corporation_id TEXT NOT NULL REFERENCES corporations (corporation_id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    municipality_code TEXT NOT NULL,
    PRIMARY KEY (corporation_id, municipality_code)
) STRICT;

INSERT INTO corporation_municipalities (corporation_id, ordinal, municipality_code)
SELECT stock.corporation_id, ROW_NUMBER() OVER (PARTITION BY stock.corporation_id ORDER BY stock.code) - 1, stock.code
FROM (SELECT DISTINCT corporation_id, 'GM' || substr(neighbourhood_code, 3, 4) AS code FROM units) AS stock;

ALTER TABLE regions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

ALTER TABLE neighbourhoods ADD COLUMN inhabitants_count_year INTEGER NULL;
