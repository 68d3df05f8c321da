-- BeschermdThuis.Matching schema, version 2 (SQL Server): stored match runs.
-- A run is immutable. Its three documents are JSON text kept exactly as written; created_at is UTC ISO-8601 text
-- ('yyyy-MM-ddTHH:mm:ss.fffffffZ', which sorts by time); the period is 'yyyy-MM-dd' text like every other date.

CREATE TABLE match_runs (
    region_id NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL REFERENCES regions (region_id),
    run_id NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    created_at NVARCHAR(40) NOT NULL,
    requested_by_kind NVARCHAR(40) NOT NULL,
    requested_by_id NVARCHAR(200) NOT NULL,
    period_start NVARCHAR(10) NOT NULL,
    period_end NVARCHAR(10) NOT NULL,
    input_hash NVARCHAR(64) COLLATE Latin1_General_BIN2 NOT NULL,
    seed INT NOT NULL,
    status NVARCHAR(40) NOT NULL,
    pair_count INT NOT NULL,
    document_version INT NOT NULL,
    options_json NVARCHAR(MAX) NOT NULL,
    result_json NVARCHAR(MAX) NOT NULL,
    explanations_json NVARCHAR(MAX) NOT NULL,
    PRIMARY KEY (region_id, run_id)
);
