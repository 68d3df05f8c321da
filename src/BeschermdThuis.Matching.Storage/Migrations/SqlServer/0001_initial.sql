-- BeschermdThuis.Matching schema, version 1 (SQL Server).
-- Ids and codes are text; money is integer cents; dates are ISO 'yyyy-MM-dd' text; geometry is WKB (with SRID);
-- decimals are invariant text so nothing is rounded; flags are BIT. Ids and codes use a binary collation so
-- keyset paging orders them exactly as SQLite does.

CREATE TABLE regions (
    region_id NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL PRIMARY KEY,
    name NVARCHAR(400) NOT NULL,
    default_new_placements_per_period INT NOT NULL,
    default_max_protected_homes_per_thousand NVARCHAR(40) NOT NULL
);

CREATE TABLE region_municipalities (
    region_id NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL REFERENCES regions (region_id) ON DELETE CASCADE,
    municipality_code NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    ordinal INT NOT NULL,
    name NVARCHAR(400) NOT NULL,
    inhabitants INT NULL,
    PRIMARY KEY (region_id, municipality_code)
);

CREATE INDEX ix_region_municipalities_code ON region_municipalities (municipality_code);

CREATE TABLE region_districts (
    region_id NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL REFERENCES regions (region_id) ON DELETE CASCADE,
    district_code NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    ordinal INT NOT NULL,
    name NVARCHAR(400) NOT NULL,
    PRIMARY KEY (region_id, district_code)
);

CREATE TABLE neighbourhoods (
    region_id NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL REFERENCES regions (region_id) ON DELETE CASCADE,
    neighbourhood_code NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    name NVARCHAR(400) NOT NULL,
    boundary_wkb VARBINARY(MAX) NOT NULL,
    inhabitants INT NOT NULL,
    inhabitants_estimated BIT NOT NULL,
    existing_protected_homes INT NOT NULL,
    limits_new_placements_per_period INT NULL,
    limits_max_protected_homes_per_thousand NVARCHAR(40) NULL,
    PRIMARY KEY (region_id, neighbourhood_code)
);

CREATE TABLE corporations (
    corporation_id NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL PRIMARY KEY,
    name NVARCHAR(400) NOT NULL
);

CREATE TABLE units (
    corporation_id NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL REFERENCES corporations (corporation_id),
    unit_id NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    region_id NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL REFERENCES regions (region_id),
    longitude FLOAT NOT NULL,
    latitude FLOAT NOT NULL,
    neighbourhood_code NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    dwelling_type INT NOT NULL,
    rooms INT NOT NULL,
    floor_number INT NOT NULL,
    step_free BIT NOT NULL,
    net_rent_cents BIGINT NOT NULL,
    service_costs_cents BIGINT NOT NULL,
    tenancy INT NOT NULL,
    contract_form INT NOT NULL,
    available_from NVARCHAR(10) NOT NULL,
    status INT NOT NULL,
    PRIMARY KEY (corporation_id, unit_id)
);

CREATE INDEX ix_units_region_status ON units (region_id, status, corporation_id, unit_id);

CREATE TABLE clients (
    municipality_code NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    client_ref NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    household_size INT NOT NULL,
    income_band INT NOT NULL,
    readiness_date NVARCHAR(10) NOT NULL,
    needs_step_free BIT NOT NULL,
    needs_ground_floor BIT NOT NULL,
    needs_minimum_rooms INT NOT NULL,
    origin_neighbourhood_code NVARCHAR(63) COLLATE Latin1_General_BIN2 NULL,
    origin_radius_metres INT NULL,
    max_peers_in_neighbourhood INT NULL,
    consent INT NOT NULL,
    care_team_id NVARCHAR(63) COLLATE Latin1_General_BIN2 NULL,
    status INT NOT NULL,
    PRIMARY KEY (municipality_code, client_ref)
);

CREATE INDEX ix_clients_status ON clients (status, municipality_code, client_ref);

CREATE TABLE client_area_wishes (
    municipality_code NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    client_ref NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    wish_rank INT NOT NULL,
    area_code NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    PRIMARY KEY (municipality_code, client_ref, wish_rank),
    FOREIGN KEY (municipality_code, client_ref) REFERENCES clients (municipality_code, client_ref) ON DELETE CASCADE
);

CREATE TABLE client_dwelling_type_wishes (
    municipality_code NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    client_ref NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    wish_rank INT NOT NULL,
    dwelling_type INT NOT NULL,
    PRIMARY KEY (municipality_code, client_ref, wish_rank),
    FOREIGN KEY (municipality_code, client_ref) REFERENCES clients (municipality_code, client_ref) ON DELETE CASCADE
);

CREATE TABLE client_avoid_areas (
    municipality_code NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    client_ref NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    ordinal INT NOT NULL,
    area_code NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    PRIMARY KEY (municipality_code, client_ref, ordinal),
    FOREIGN KEY (municipality_code, client_ref) REFERENCES clients (municipality_code, client_ref) ON DELETE CASCADE
);

CREATE TABLE client_support_anchors (
    municipality_code NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    client_ref NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    ordinal INT NOT NULL,
    kind INT NOT NULL,
    longitude FLOAT NOT NULL,
    latitude FLOAT NOT NULL,
    max_distance_metres INT NOT NULL,
    PRIMARY KEY (municipality_code, client_ref, ordinal),
    FOREIGN KEY (municipality_code, client_ref) REFERENCES clients (municipality_code, client_ref) ON DELETE CASCADE
);

CREATE TABLE care_teams (
    region_id NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL REFERENCES regions (region_id),
    care_team_id NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    provider NVARCHAR(400) NOT NULL,
    base_longitude FLOAT NOT NULL,
    base_latitude FLOAT NOT NULL,
    caseload_capacity INT NOT NULL,
    current_caseload INT NOT NULL,
    service_area_wkb VARBINARY(MAX) NULL,
    PRIMARY KEY (region_id, care_team_id)
);

CREATE TABLE care_team_municipalities (
    region_id NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    care_team_id NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    ordinal INT NOT NULL,
    municipality_code NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    PRIMARY KEY (region_id, care_team_id, ordinal),
    FOREIGN KEY (region_id, care_team_id) REFERENCES care_teams (region_id, care_team_id) ON DELETE CASCADE
);

CREATE TABLE agreements (
    region_id NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL REFERENCES regions (region_id),
    agreement_id NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    corporation_id NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    municipality_code NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    period_start NVARCHAR(10) NOT NULL,
    period_end NVARCHAR(10) NOT NULL,
    target_units INT NOT NULL,
    cap_units INT NULL,
    priority_group INT NOT NULL,
    PRIMARY KEY (region_id, agreement_id)
);
