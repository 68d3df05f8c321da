-- BeschermdThuis.Matching schema, version 6 (SQLite): proposals, pair overrides and the audit trail.
-- A proposal's state is the integer value of ProposalState (like every other enum here); instants are UTC text
-- ('yyyy-MM-ddTHH:mm:ss.fffffffZ', which sorts by time), dates 'yyyy-MM-dd'. Proposals keep the client and unit keys
-- without a foreign key to clients or units: a proposal is history and outlives both (the service refuses to delete
-- a client or a unit while a proposal of theirs is active).

CREATE TABLE proposals (
    region_id TEXT NOT NULL REFERENCES regions (region_id),
    proposal_id TEXT NOT NULL,
    run_id TEXT NOT NULL,
    municipality_code TEXT NOT NULL,
    client_ref TEXT NOT NULL,
    corporation_id TEXT NOT NULL,
    unit_id TEXT NOT NULL,
    neighbourhood_code TEXT NOT NULL,
    state INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    respond_by TEXT NULL,
    support_care_team_id TEXT NULL,
    support_starts_on TEXT NULL,
    support_confirmed_at TEXT NULL,
    move_date TEXT NULL,
    decision_side INTEGER NULL,
    decision_reason_code TEXT NULL,
    decision_reason_label TEXT NULL,
    decision_text TEXT NULL,
    decision_at TEXT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (region_id, proposal_id)
) STRICT;

-- No double allocation: at most one active proposal (Draft 1, ProposedToCorporation 2, AcceptedByCorporation 3,
-- OfferedToClient 4, AcceptedByClient 5: ProposalStates.Active) per unit and per client, whatever writes the row.
CREATE UNIQUE INDEX ux_proposals_active_unit ON proposals (corporation_id, unit_id) WHERE state IN (1, 2, 3, 4, 5);

CREATE UNIQUE INDEX ux_proposals_active_client ON proposals (municipality_code, client_ref) WHERE state IN (1, 2, 3, 4, 5);

CREATE INDEX ix_proposals_region_state ON proposals (region_id, state, proposal_id);

CREATE INDEX ix_proposals_respond_by ON proposals (respond_by) WHERE respond_by IS NOT NULL;

-- The desk's written reasons to let a declined pair be matched again. Append-only, like the audit trail.
CREATE TABLE pair_overrides (
    override_id INTEGER PRIMARY KEY AUTOINCREMENT,
    region_id TEXT NOT NULL REFERENCES regions (region_id),
    municipality_code TEXT NOT NULL,
    client_ref TEXT NOT NULL,
    corporation_id TEXT NOT NULL,
    unit_id TEXT NOT NULL,
    justification TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL
) STRICT;

CREATE INDEX ix_pair_overrides_region ON pair_overrides (region_id, override_id);

CREATE TRIGGER pair_overrides_no_update BEFORE UPDATE ON pair_overrides
BEGIN
    SELECT RAISE(ABORT, 'pair_overrides is append-only');
END;

CREATE TRIGGER pair_overrides_no_delete BEFORE DELETE ON pair_overrides
BEGIN
    SELECT RAISE(ABORT, 'pair_overrides is append-only');
END;

-- The audit trail. The client appears only as a pseudonym. No foreign key: an audit line is never refused or removed
-- because of another table. The database itself refuses every UPDATE and DELETE.
CREATE TABLE audit_entries (
    sequence INTEGER PRIMARY KEY AUTOINCREMENT,
    region_id TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    subject_kind INTEGER NOT NULL,
    subject_id TEXT NOT NULL,
    action TEXT NOT NULL,
    old_state TEXT NULL,
    new_state TEXT NULL,
    reason TEXT NULL,
    client_pseudonym TEXT NULL,
    corporation_id TEXT NULL,
    unit_id TEXT NULL
) STRICT;

CREATE INDEX ix_audit_entries_subject ON audit_entries (region_id, subject_kind, subject_id, sequence);

CREATE INDEX ix_audit_entries_client ON audit_entries (region_id, client_pseudonym, sequence) WHERE client_pseudonym IS NOT NULL;

CREATE INDEX ix_audit_entries_unit ON audit_entries (region_id, corporation_id, unit_id, sequence) WHERE unit_id IS NOT NULL;

CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
BEGIN
    SELECT RAISE(ABORT, 'audit_entries is append-only');
END;

CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries
BEGIN
    SELECT RAISE(ABORT, 'audit_entries is append-only');
END;
