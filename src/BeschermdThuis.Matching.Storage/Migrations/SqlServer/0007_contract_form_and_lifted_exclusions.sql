-- BeschermdThuis.Matching schema, version 7 (SQL Server): the contract form a client aims for, and which ended
-- proposals a desk's override has lifted.
-- contract_form is the integer value of ContractForm (the one units have); every client stored before aims for the
-- norm (1: in the client's own name). exclusion_lifted is set in the transaction that stores a pair override, on exactly the pair's ended
-- proposals at that moment: a decline after the override excludes the pair again, whatever the clocks say.
-- The UPDATE names the new column, so it runs in a batch of its own after the ALTERs.

ALTER TABLE clients ADD contract_form INT NOT NULL CONSTRAINT df_clients_contract_form DEFAULT 1;

ALTER TABLE proposals ADD exclusion_lifted BIT NOT NULL CONSTRAINT df_proposals_exclusion_lifted DEFAULT 0;
GO

-- Until now an override lifted the pair's proposals that ended at or before it (compared by time; the instants are
-- sortable text): mark those.
UPDATE proposals SET exclusion_lifted = 1
WHERE state IN (7, 8, 9, 10)
  AND EXISTS (
    SELECT 1 FROM pair_overrides o
    WHERE o.region_id = proposals.region_id AND o.municipality_code = proposals.municipality_code
      AND o.client_ref = proposals.client_ref AND o.corporation_id = proposals.corporation_id
      AND o.unit_id = proposals.unit_id AND o.decided_at >= proposals.updated_at);
