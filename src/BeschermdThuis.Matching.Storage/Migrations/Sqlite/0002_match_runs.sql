-- BeschermdThuis.Matching schema, version 2 (SQLite): stored match runs.
-- A run is immutable. Its three documents are JSON text kept exactly as written; created_at is UTC ISO-8601 text
-- ('yyyy-MM-ddTHH:mm:ss.fffffffZ', which sorts by time); the period is 'yyyy-MM-dd' text like every other date.

CREATE TABLE match_runs (
    region_id TEXT NOT NULL REFERENCES regions (region_id),
    run_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    requested_by_kind TEXT NOT NULL,
    requested_by_id TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    input_hash TEXT NOT NULL,
    seed INTEGER NOT NULL,
    status TEXT NOT NULL,
    pair_count INTEGER NOT NULL,
    document_version INTEGER NOT NULL,
    options_json TEXT NOT NULL,
    result_json TEXT NOT NULL,
    explanations_json TEXT NOT NULL,
    PRIMARY KEY (region_id, run_id)
) STRICT;
