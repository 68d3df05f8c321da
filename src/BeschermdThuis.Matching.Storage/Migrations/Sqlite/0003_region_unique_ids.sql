-- BeschermdThuis.Matching schema, version 3 (SQLite): the ids the matching engine needs unique in a region.
-- A unit id is unique in its region, not only within its corporation: otherwise one corporation could reuse another's
-- id and every match of the region would fail. A client reference is unique over all municipalities: a region's
-- municipalities can change, and a reference that is unique everywhere stays unique in every region. The migration
-- refuses to run (naming the duplicates) when stored data already breaks either rule; see MigrationPreconditions.

CREATE UNIQUE INDEX ux_units_region_unit ON units (region_id, unit_id);

CREATE UNIQUE INDEX ux_clients_reference ON clients (client_ref);
