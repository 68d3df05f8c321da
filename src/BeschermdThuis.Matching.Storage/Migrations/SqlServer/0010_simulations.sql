-- BeschermdThuis.Matching schema, version 10 (SQL Server): stored quota simulations (issue 13). A simulation is
-- immutable. options_json (scenario names, replications, seed, baseline) and result_json (per scenario the region-wide
-- measures' totals and the comparison with the baseline: aggregates only, never a client) are JSON text kept exactly as
-- written; created_at is UTC ISO-8601 text ('yyyy-MM-ddTHH:mm:ss.fffffffZ', which sorts by time).

CREATE TABLE simulations (
    region_id NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL REFERENCES regions (region_id),
    simulation_id NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    created_at NVARCHAR(40) NOT NULL,
    requested_by_kind NVARCHAR(40) NOT NULL,
    requested_by_id NVARCHAR(200) NOT NULL,
    options_json NVARCHAR(MAX) NOT NULL,
    result_json NVARCHAR(MAX) NOT NULL,
    PRIMARY KEY (region_id, simulation_id)
);
