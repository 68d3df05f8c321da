-- BeschermdThuis.Matching schema, version 1 (SQLite).
-- Ids and codes are text; money is integer cents; dates are ISO 'yyyy-MM-dd' text; geometry is WKB (with SRID);
-- decimals are invariant text so nothing is rounded; flags are 0/1 integers. STRICT tables enforce the types.

CREATE TABLE regions (
    region_id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    default_new_placements_per_period INTEGER NOT NULL,
    default_max_protected_homes_per_thousand TEXT NOT NULL
) STRICT;

CREATE TABLE region_municipalities (
    region_id TEXT NOT NULL REFERENCES regions (region_id) ON DELETE CASCADE,
    municipality_code TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    name TEXT NOT NULL,
    inhabitants INTEGER NULL,
    PRIMARY KEY (region_id, municipality_code)
) STRICT;

CREATE INDEX ix_region_municipalities_code ON region_municipalities (municipality_code);

CREATE TABLE region_districts (
    region_id TEXT NOT NULL REFERENCES regions (region_id) ON DELETE CASCADE,
    district_code TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (region_id, district_code)
) STRICT;

CREATE TABLE neighbourhoods (
    region_id TEXT NOT NULL REFERENCES regions (region_id) ON DELETE CASCADE,
    neighbourhood_code TEXT NOT NULL,
    name TEXT NOT NULL,
    boundary_wkb BLOB NOT NULL,
    inhabitants INTEGER NOT NULL,
    inhabitants_estimated INTEGER NOT NULL,
    existing_protected_homes INTEGER NOT NULL,
    limits_new_placements_per_period INTEGER NULL,
    limits_max_protected_homes_per_thousand TEXT NULL,
    PRIMARY KEY (region_id, neighbourhood_code)
) STRICT;

CREATE TABLE corporations (
    corporation_id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL
) STRICT;

CREATE TABLE units (
    corporation_id TEXT NOT NULL REFERENCES corporations (corporation_id),
    unit_id TEXT NOT NULL,
    region_id TEXT NOT NULL REFERENCES regions (region_id),
    longitude REAL NOT NULL,
    latitude REAL NOT NULL,
    neighbourhood_code TEXT NOT NULL,
    dwelling_type INTEGER NOT NULL,
    rooms INTEGER NOT NULL,
    floor_number INTEGER NOT NULL,
    step_free INTEGER NOT NULL,
    net_rent_cents INTEGER NOT NULL,
    service_costs_cents INTEGER NOT NULL,
    tenancy INTEGER NOT NULL,
    contract_form INTEGER NOT NULL,
    available_from TEXT NOT NULL,
    status INTEGER NOT NULL,
    PRIMARY KEY (corporation_id, unit_id)
) STRICT;

CREATE INDEX ix_units_region_status ON units (region_id, status, corporation_id, unit_id);

CREATE TABLE clients (
    municipality_code TEXT NOT NULL,
    client_ref TEXT NOT NULL,
    household_size INTEGER NOT NULL,
    income_band INTEGER NOT NULL,
    readiness_date TEXT NOT NULL,
    needs_step_free INTEGER NOT NULL,
    needs_ground_floor INTEGER NOT NULL,
    needs_minimum_rooms INTEGER NOT NULL,
    origin_neighbourhood_code TEXT NULL,
    origin_radius_metres INTEGER NULL,
    max_peers_in_neighbourhood INTEGER NULL,
    consent INTEGER NOT NULL,
    care_team_id TEXT NULL,
    status INTEGER NOT NULL,
    PRIMARY KEY (municipality_code, client_ref)
) STRICT;

CREATE INDEX ix_clients_status ON clients (status, municipality_code, client_ref);

CREATE TABLE client_area_wishes (
    municipality_code TEXT NOT NULL,
    client_ref TEXT NOT NULL,
    wish_rank INTEGER NOT NULL,
    area_code TEXT NOT NULL,
    PRIMARY KEY (municipality_code, client_ref, wish_rank),
    FOREIGN KEY (municipality_code, client_ref) REFERENCES clients (municipality_code, client_ref) ON DELETE CASCADE
) STRICT;

CREATE TABLE client_dwelling_type_wishes (
    municipality_code TEXT NOT NULL,
    client_ref TEXT NOT NULL,
    wish_rank INTEGER NOT NULL,
    dwelling_type INTEGER NOT NULL,
    PRIMARY KEY (municipality_code, client_ref, wish_rank),
    FOREIGN KEY (municipality_code, client_ref) REFERENCES clients (municipality_code, client_ref) ON DELETE CASCADE
) STRICT;

CREATE TABLE client_avoid_areas (
    municipality_code TEXT NOT NULL,
    client_ref TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    area_code TEXT NOT NULL,
    PRIMARY KEY (municipality_code, client_ref, ordinal),
    FOREIGN KEY (municipality_code, client_ref) REFERENCES clients (municipality_code, client_ref) ON DELETE CASCADE
) STRICT;

CREATE TABLE client_support_anchors (
    municipality_code TEXT NOT NULL,
    client_ref TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    longitude REAL NOT NULL,
    latitude REAL NOT NULL,
    max_distance_metres INTEGER NOT NULL,
    PRIMARY KEY (municipality_code, client_ref, ordinal),
    FOREIGN KEY (municipality_code, client_ref) REFERENCES clients (municipality_code, client_ref) ON DELETE CASCADE
) STRICT;

CREATE TABLE care_teams (
    region_id TEXT NOT NULL REFERENCES regions (region_id),
    care_team_id TEXT NOT NULL,
    provider TEXT NOT NULL,
    base_longitude REAL NOT NULL,
    base_latitude REAL NOT NULL,
    caseload_capacity INTEGER NOT NULL,
    current_caseload INTEGER NOT NULL,
    service_area_wkb BLOB NULL,
    PRIMARY KEY (region_id, care_team_id)
) STRICT;

CREATE TABLE care_team_municipalities (
    region_id TEXT NOT NULL,
    care_team_id TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    municipality_code TEXT NOT NULL,
    PRIMARY KEY (region_id, care_team_id, ordinal),
    FOREIGN KEY (region_id, care_team_id) REFERENCES care_teams (region_id, care_team_id) ON DELETE CASCADE
) STRICT;

CREATE TABLE agreements (
    region_id TEXT NOT NULL REFERENCES regions (region_id),
    agreement_id TEXT NOT NULL,
    corporation_id TEXT NOT NULL,
    municipality_code TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    target_units INTEGER NOT NULL,
    cap_units INTEGER NULL,
    priority_group INTEGER NOT NULL,
    PRIMARY KEY (region_id, agreement_id)
) STRICT;
