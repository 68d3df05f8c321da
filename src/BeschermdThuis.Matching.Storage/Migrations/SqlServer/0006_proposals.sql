-- BeschermdThuis.Matching schema, version 6 (SQL Server): proposals, pair overrides and the audit trail.
-- A proposal's state is the integer value of ProposalState (like every other enum here); instants are UTC text
-- ('yyyy-MM-ddTHH:mm:ss.fffffffZ', which sorts by time), dates 'yyyy-MM-dd'. Proposals keep the client and unit keys
-- without a foreign key to clients or units: a proposal is history and outlives both (the service refuses to delete
-- a client or a unit while a proposal of theirs is active).
-- CREATE TRIGGER must start a batch: the migrator runs the batches between GO lines one after another, in one transaction.

CREATE TABLE proposals (
    region_id NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL REFERENCES regions (region_id),
    proposal_id NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    run_id NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    municipality_code NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    client_ref NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    corporation_id NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    unit_id NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    neighbourhood_code NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    state INT NOT NULL,
    created_at NVARCHAR(40) NOT NULL,
    updated_at NVARCHAR(40) NOT NULL,
    respond_by NVARCHAR(40) COLLATE Latin1_General_BIN2 NULL,
    support_care_team_id NVARCHAR(63) COLLATE Latin1_General_BIN2 NULL,
    support_starts_on NVARCHAR(10) NULL,
    support_confirmed_at NVARCHAR(40) NULL,
    move_date NVARCHAR(10) NULL,
    decision_side INT NULL,
    decision_reason_code NVARCHAR(63) COLLATE Latin1_General_BIN2 NULL,
    decision_reason_label NVARCHAR(400) NULL,
    decision_text NVARCHAR(MAX) NULL,
    decision_at NVARCHAR(40) NULL,
    version BIGINT NOT NULL CONSTRAINT df_proposals_version DEFAULT 1,
    PRIMARY KEY (region_id, proposal_id)
);

-- No double allocation: at most one active proposal (Draft 1, ProposedToCorporation 2, AcceptedByCorporation 3,
-- OfferedToClient 4, AcceptedByClient 5: ProposalStates.Active) per unit and per client, whatever writes the row.
CREATE UNIQUE INDEX ux_proposals_active_unit ON proposals (corporation_id, unit_id) WHERE state IN (1, 2, 3, 4, 5);

CREATE UNIQUE INDEX ux_proposals_active_client ON proposals (municipality_code, client_ref) WHERE state IN (1, 2, 3, 4, 5);

CREATE INDEX ix_proposals_region_state ON proposals (region_id, state, proposal_id);

CREATE INDEX ix_proposals_respond_by ON proposals (respond_by) WHERE respond_by IS NOT NULL;

-- The desk's written reasons to let a declined pair be matched again. Append-only, like the audit trail.
CREATE TABLE pair_overrides (
    override_id BIGINT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    region_id NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL REFERENCES regions (region_id),
    municipality_code NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    client_ref NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    corporation_id NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    unit_id NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    justification NVARCHAR(MAX) NOT NULL,
    decided_by NVARCHAR(200) NOT NULL,
    decided_at NVARCHAR(40) NOT NULL
);

CREATE INDEX ix_pair_overrides_region ON pair_overrides (region_id, override_id);

-- The audit trail. The client appears only as a pseudonym. No foreign key: an audit line is never refused or removed
-- because of another table. The database itself refuses every UPDATE and DELETE.
CREATE TABLE audit_entries (
    sequence BIGINT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    region_id NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    occurred_at NVARCHAR(40) NOT NULL,
    actor NVARCHAR(200) COLLATE Latin1_General_BIN2 NOT NULL,
    subject_kind INT NOT NULL,
    subject_id NVARCHAR(200) COLLATE Latin1_General_BIN2 NOT NULL,
    action NVARCHAR(63) NOT NULL,
    old_state NVARCHAR(63) NULL,
    new_state NVARCHAR(63) NULL,
    reason NVARCHAR(400) NULL,
    client_pseudonym NVARCHAR(128) COLLATE Latin1_General_BIN2 NULL,
    corporation_id NVARCHAR(63) COLLATE Latin1_General_BIN2 NULL,
    unit_id NVARCHAR(63) COLLATE Latin1_General_BIN2 NULL
);

CREATE INDEX ix_audit_entries_subject ON audit_entries (region_id, subject_kind, subject_id, sequence);

CREATE INDEX ix_audit_entries_client ON audit_entries (region_id, client_pseudonym, sequence) WHERE client_pseudonym IS NOT NULL;

CREATE INDEX ix_audit_entries_unit ON audit_entries (region_id, corporation_id, unit_id, sequence) WHERE unit_id IS NOT NULL;
GO

CREATE TRIGGER pair_overrides_append_only ON pair_overrides INSTEAD OF UPDATE, DELETE
AS
BEGIN
    THROW 51000, 'pair_overrides is append-only', 1;
END;
GO

CREATE TRIGGER audit_entries_append_only ON audit_entries INSTEAD OF UPDATE, DELETE
AS
BEGIN
    THROW 51000, 'audit_entries is append-only', 1;
END;
