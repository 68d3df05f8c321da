using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Storage.Mapping;
using static BeschermdThuis.Matching.Storage.Dialects.SqlText;

namespace BeschermdThuis.Matching.Storage.Dialects;

/// <summary>Proposals, pair overrides and the audit trail (which has no update or delete statement at all).</summary>
public sealed partial class SqlStatements
{
    private static readonly string ProposalColumns = Columns([.. Tables.Proposals.Key, .. Tables.Proposals.Pair, .. Tables.Proposals.Values, "version"]);

    // The states of the unique indexes of migration 6 (ProposalStates.Active), as integers.
    private static readonly string ActiveStates = string.Join(", ", ProposalStates.Active.Select(s => (int)s));

    public string InsertProposal { get; } = Insert(Tables.Proposals.Name, [.. Tables.Proposals.Key, .. Tables.Proposals.Pair, .. Tables.Proposals.Values]);

    public string SelectProposal { get; } = $"SELECT {ProposalColumns} FROM proposals WHERE {KeyMatch(Tables.Proposals.Key)}";

    public string SelectProposalsPage { get; } = dialect.Limit(
        $"SELECT {ProposalColumns} FROM proposals WHERE region_id = @RegionId"
        + " AND (@State IS NULL OR state = @State) AND (@MunicipalityCode IS NULL OR municipality_code = @MunicipalityCode)"
        + " AND (@ClientRef IS NULL OR client_ref = @ClientRef) AND (@CorporationId IS NULL OR corporation_id = @CorporationId)"
        + " AND (@UnitId IS NULL OR unit_id = @UnitId) AND (@After IS NULL OR proposal_id < @After) ORDER BY proposal_id DESC");

    public string SelectProposalsInState { get; } =
        $"SELECT {ProposalColumns} FROM proposals WHERE region_id = @RegionId AND state = @State ORDER BY proposal_id";

    public string SelectOverdueProposals { get; } = dialect.Limit(
        $"SELECT {ProposalColumns} FROM proposals WHERE respond_by IS NOT NULL AND respond_by < @Now AND state IN ({ActiveStates})"
        + " ORDER BY respond_by, region_id, proposal_id");

    public string UpdateProposalIfVersion { get; } = ConditionalUpdate(Tables.Proposals.Name, Tables.Proposals.Key, Tables.Proposals.Values);

    public string SelectProposalVersion { get; } = SelectVersion(Tables.Proposals.Name, Tables.Proposals.Key);

    // A signed tenancy houses the client and lets the unit, in the transaction of the proposal's update.
    public string UpdateClientStatus { get; } =
        $"UPDATE clients SET status = @Status, version = version + 1 WHERE {KeyMatch(Tables.Clients.Key)}";

    public string UpdateUnitStatus { get; } =
        $"UPDATE units SET status = @Status, version = version + 1 WHERE {KeyMatch(Tables.Units.Key)}";

    public string SelectUnliftedProposalsInState { get; } =
        $"SELECT {ProposalColumns} FROM proposals WHERE region_id = @RegionId AND state = @State AND exclusion_lifted = 0 ORDER BY proposal_id";

    // The pair's ended proposals (every state that is neither open nor signed), in the override's transaction.
    public string LiftPairExclusions { get; } =
        $"UPDATE proposals SET exclusion_lifted = 1 WHERE region_id = @RegionId AND municipality_code = @MunicipalityCode"
        + " AND client_ref = @ClientRef AND corporation_id = @CorporationId AND unit_id = @UnitId"
        + $" AND state IN ({string.Join(", ", ProposalStates.Ended.Select(s => (int)s))}) AND exclusion_lifted = 0";

    public string InsertPairOverride { get; } = Insert(Tables.PairOverrides.Name, Tables.PairOverrides.Columns);

    public string SelectPairOverrides { get; } =
        $"SELECT {Columns(Tables.PairOverrides.Columns)} FROM pair_overrides WHERE region_id = @RegionId ORDER BY override_id";

    public string InsertAuditEntry { get; } = Insert(Tables.AuditEntries.Name, Tables.AuditEntries.Columns);

    public string SelectLatestAuditSequence { get; } = "SELECT COALESCE(MAX(sequence), 0) FROM audit_entries WHERE region_id = @RegionId";

    // Listed per proposal (the subject), per client pseudonym and per unit; the filters given are AND-ed.
    public string SelectAuditEntriesPage { get; } = dialect.Limit(
        $"SELECT sequence, {Columns(Tables.AuditEntries.Columns)} FROM audit_entries WHERE region_id = @RegionId"
        + " AND (@ProposalId IS NULL OR (subject_kind = @ProposalKind AND subject_id = @ProposalId))"
        + " AND (@ClientPseudonym IS NULL OR client_pseudonym = @ClientPseudonym)"
        + " AND (@CorporationId IS NULL OR corporation_id = @CorporationId) AND (@UnitId IS NULL OR unit_id = @UnitId)"
        + " AND (@After IS NULL OR sequence > @After) ORDER BY sequence");
}
