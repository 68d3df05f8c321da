using BeschermdThuis.Matching.Storage.Mapping;
using static BeschermdThuis.Matching.Storage.Dialects.SqlText;

namespace BeschermdThuis.Matching.Storage.Dialects;

/// <summary>Care teams, performance agreements, match runs and simulations.</summary>
public sealed partial class SqlStatements
{
    private static readonly string TeamColumns = Columns([.. Tables.CareTeams.Key, .. Tables.CareTeams.Values, "version"], "t");
    private static readonly string AgreementColumns = Columns([.. Tables.Agreements.Key, .. Tables.Agreements.Values, "version"]);
    private static readonly string RunSummaryColumns = Columns([.. Tables.MatchRuns.Key, .. Tables.MatchRuns.Summary]);

    public CareTeamSelectStatements CareTeamByKey { get; } = CareTeamSelect("t.region_id = @RegionId AND t.care_team_id = @CareTeamId", null);

    public CareTeamSelectStatements CareTeamsInRegion { get; } = CareTeamSelect("t.region_id = @RegionId", null);

    public CareTeamSelectStatements CareTeamsPage { get; } = CareTeamSelect(
        "t.region_id = @RegionId AND (@After IS NULL OR t.care_team_id > @After) AND t.care_team_id <= @Last",
        dialect.Limit($"SELECT {TeamColumns} FROM care_teams t WHERE t.region_id = @RegionId AND (@After IS NULL OR t.care_team_id > @After) ORDER BY t.care_team_id"));

    public string InsertCareTeam { get; } = Insert(Tables.CareTeams.Name, [.. Tables.CareTeams.Key, .. Tables.CareTeams.Values]);

    public string UpdateCareTeam { get; } = Update(Tables.CareTeams.Name, Tables.CareTeams.Key, Tables.CareTeams.Values);

    public string UpdateCareTeamIfVersion { get; } = ConditionalUpdate(Tables.CareTeams.Name, Tables.CareTeams.Key, Tables.CareTeams.Values);

    public string SelectCareTeamVersion { get; } = SelectVersion(Tables.CareTeams.Name, Tables.CareTeams.Key);

    public string DeleteCareTeam { get; } = $"DELETE FROM care_teams WHERE {KeyMatch(Tables.CareTeams.Key)}";

    public string DeleteCareTeamMunicipalities { get; } = $"DELETE FROM care_team_municipalities WHERE {KeyMatch(Tables.CareTeams.Key)}";

    public string InsertCareTeamMunicipality { get; } = Insert(Tables.CareTeamMunicipalities.Name, Tables.CareTeamMunicipalities.Columns);

    public string SelectAgreement { get; } = $"SELECT {AgreementColumns} FROM agreements WHERE region_id = @RegionId AND agreement_id = @AgreementId";

    public string SelectAgreements { get; } = $"SELECT {AgreementColumns} FROM agreements WHERE region_id = @RegionId ORDER BY agreement_id";

    public string SelectAgreementsPage { get; } = dialect.Limit(
        $"SELECT {AgreementColumns} FROM agreements WHERE region_id = @RegionId AND (@After IS NULL OR agreement_id > @After) ORDER BY agreement_id");

    public string InsertAgreement { get; } = Insert(Tables.Agreements.Name, [.. Tables.Agreements.Key, .. Tables.Agreements.Values]);

    public string UpdateAgreement { get; } = Update(Tables.Agreements.Name, Tables.Agreements.Key, Tables.Agreements.Values);

    public string UpdateAgreementIfVersion { get; } = ConditionalUpdate(Tables.Agreements.Name, Tables.Agreements.Key, Tables.Agreements.Values);

    public string SelectAgreementVersion { get; } = SelectVersion(Tables.Agreements.Name, Tables.Agreements.Key);

    public string DeleteAgreement { get; } = $"DELETE FROM agreements WHERE {KeyMatch(Tables.Agreements.Key)}";

    // Match runs are immutable, so only insert and read; lists leave the large documents out and run newest first.
    public string SelectMatchRun { get; } =
        $"SELECT {RunSummaryColumns}, {Columns(Tables.MatchRuns.Documents)} FROM match_runs WHERE {KeyMatch(Tables.MatchRuns.Key)}";

    public string SelectMatchRunsPage { get; } = dialect.Limit(
        $"SELECT {RunSummaryColumns} FROM match_runs WHERE region_id = @RegionId AND (@After IS NULL OR run_id < @After) ORDER BY run_id DESC");

    public string InsertMatchRun { get; } =
        Insert(Tables.MatchRuns.Name, [.. Tables.MatchRuns.Key, .. Tables.MatchRuns.Summary, .. Tables.MatchRuns.Documents]);

    // Simulations, like match runs, are immutable; lists leave the result out and run newest first.
    public string SelectSimulation { get; } =
        $"SELECT {Columns([.. Tables.Simulations.Key, .. Tables.Simulations.Summary, .. Tables.Simulations.Documents])} FROM simulations WHERE {KeyMatch(Tables.Simulations.Key)}";

    public string SelectSimulationsPage { get; } = dialect.Limit(
        $"SELECT {Columns([.. Tables.Simulations.Key, .. Tables.Simulations.Summary])} FROM simulations"
        + " WHERE region_id = @RegionId AND (@After IS NULL OR simulation_id < @After) ORDER BY simulation_id DESC");

    public string InsertSimulation { get; } =
        Insert(Tables.Simulations.Name, [.. Tables.Simulations.Key, .. Tables.Simulations.Summary, .. Tables.Simulations.Documents]);

    private static CareTeamSelectStatements CareTeamSelect(string where, string? teamsQuery) =>
        new(
            teamsQuery ?? $"SELECT {TeamColumns} FROM care_teams t WHERE {where} ORDER BY t.care_team_id",
            $"SELECT {Columns(Tables.CareTeamMunicipalities.Columns, "x")} FROM care_team_municipalities x"
            + " JOIN care_teams t ON t.region_id = x.region_id AND t.care_team_id = x.care_team_id"
            + $" WHERE {where} ORDER BY x.care_team_id, x.ordinal");
}
