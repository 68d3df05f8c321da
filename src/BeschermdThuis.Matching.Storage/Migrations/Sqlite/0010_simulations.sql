-- BeschermdThuis.Matching schema, version 10 (SQLite): stored quota simulations (issue 13). A simulation is
-- immutable. options_json (scenario names, replications, seed, baseline) and result_json (per scenario the region-wide
-- measures' totals and the comparison with the baseline: aggregates only, never a client) are JSON text kept exactly as
-- written; created_at is UTC ISO-8601 text ('yyyy-MM-ddTHH:mm:ss.fffffffZ', which sorts by time).

CREATE TABLE simulations (
    region_id TEXT NOT NULL REFERENCES regions (region_id),
    simulation_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    requested_by_kind TEXT NOT NULL,
    requested_by_id TEXT NOT NULL,
    options_json TEXT NOT NULL,
    result_json TEXT NOT NULL,
    PRIMARY KEY (region_id, simulation_id)
) STRICT;
