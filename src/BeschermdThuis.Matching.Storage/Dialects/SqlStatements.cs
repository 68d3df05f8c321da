using System.Reflection;
using BeschermdThuis.Matching.Storage.Mapping;
using static BeschermdThuis.Matching.Storage.Dialects.SqlText;

namespace BeschermdThuis.Matching.Storage.Dialects;

/// <summary>Statements that read one kind of client set: the clients, then each child table for the same set.</summary>
public sealed record ClientSelectStatements(string Clients, string AreaWishes, string DwellingTypeWishes, string AvoidAreas, string SupportAnchors);

/// <summary>Statements that read one kind of care-team set: the teams, then their municipalities.</summary>
public sealed record CareTeamSelectStatements(string Teams, string Municipalities);

/// <summary>
/// Every statement the storage runs, built once per dialect. Kept in one place so a test can check all of them
/// (the SQL Server texts with Microsoft's T-SQL parser, the SQLite texts by preparing them on a migrated file).
/// </summary>
public sealed class SqlStatements
{
    // Page queries read up to @Take rows after the key @After (null: from the start).
    private const string AfterClientRef = "(@After IS NULL OR c.client_ref > @After)";

    public SqlStatements(ISqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        CreateVersionTable = dialect.CreateVersionTable;
        SelectAppliedVersions = dialect.SelectAppliedVersionsLocked;

        // Regions
        var region = Columns([.. Tables.Regions.Key, .. Tables.Regions.Values]);
        SelectRegion = $"SELECT {region} FROM regions WHERE region_id = @RegionId";
        SelectRegions = $"SELECT {region} FROM regions ORDER BY region_id";
        UpsertRegion = dialect.Upsert(Tables.Regions.Name, Tables.Regions.Key, Tables.Regions.Values);
        var municipality = Columns(Tables.RegionMunicipalities.Columns);
        SelectRegionMunicipalities = $"SELECT {municipality} FROM region_municipalities WHERE region_id = @RegionId ORDER BY ordinal";
        SelectAllRegionMunicipalities = $"SELECT {municipality} FROM region_municipalities ORDER BY region_id, ordinal";
        DeleteRegionMunicipalities = "DELETE FROM region_municipalities WHERE region_id = @RegionId";
        InsertRegionMunicipality = Insert(Tables.RegionMunicipalities.Name, Tables.RegionMunicipalities.Columns);
        var district = Columns(Tables.RegionDistricts.Columns);
        SelectRegionDistricts = $"SELECT {district} FROM region_districts WHERE region_id = @RegionId ORDER BY ordinal";
        SelectAllRegionDistricts = $"SELECT {district} FROM region_districts ORDER BY region_id, ordinal";
        DeleteRegionDistricts = "DELETE FROM region_districts WHERE region_id = @RegionId";
        InsertRegionDistrict = Insert(Tables.RegionDistricts.Name, Tables.RegionDistricts.Columns);

        // Neighbourhoods
        var neighbourhood = Columns([.. Tables.Neighbourhoods.Key, .. Tables.Neighbourhoods.Values]);
        SelectNeighbourhood = $"SELECT {neighbourhood} FROM neighbourhoods WHERE region_id = @RegionId AND neighbourhood_code = @NeighbourhoodCode";
        SelectNeighbourhoods = $"SELECT {neighbourhood} FROM neighbourhoods WHERE region_id = @RegionId ORDER BY neighbourhood_code";
        SelectNeighbourhoodsPage = dialect.Limit(
            $"SELECT {neighbourhood} FROM neighbourhoods WHERE region_id = @RegionId AND (@After IS NULL OR neighbourhood_code > @After) ORDER BY neighbourhood_code");
        UpsertNeighbourhood = dialect.Upsert(Tables.Neighbourhoods.Name, Tables.Neighbourhoods.Key, Tables.Neighbourhoods.Values);

        // Stock
        var corporation = Columns([.. Tables.Corporations.Key, .. Tables.Corporations.Values]);
        SelectCorporation = $"SELECT {corporation} FROM corporations WHERE corporation_id = @CorporationId";
        SelectCorporations = $"SELECT {corporation} FROM corporations ORDER BY corporation_id";
        UpsertCorporation = dialect.Upsert(Tables.Corporations.Name, Tables.Corporations.Key, Tables.Corporations.Values);
        var unit = Columns([.. Tables.Units.Key, "region_id", .. Tables.Units.Values]);
        SelectUnit = $"SELECT {unit} FROM units WHERE corporation_id = @CorporationId AND unit_id = @UnitId";
        SelectUnitsPage = dialect.Limit(
            $"SELECT {unit} FROM units WHERE corporation_id = @CorporationId AND (@After IS NULL OR unit_id > @After) ORDER BY unit_id");
        SelectUnitsInRegion = $"SELECT {unit} FROM units WHERE region_id = @RegionId AND status = @Status ORDER BY corporation_id, unit_id";
        InsertUnit = Insert(Tables.Units.Name, [.. Tables.Units.Key, "region_id", .. Tables.Units.Values]);
        UpdateUnit = Update(Tables.Units.Name, Tables.Units.Key, Tables.Units.Values);
        DeleteUnit = $"DELETE FROM units WHERE {KeyMatch(Tables.Units.Key)}";

        // Clients
        ClientByKey = ClientSelect("c.municipality_code = @MunicipalityCode AND c.client_ref = @ClientRef", null);
        ClientsPage = ClientSelect(
            $"c.municipality_code = @MunicipalityCode AND {AfterClientRef} AND c.client_ref <= @Last",
            dialect.Limit(
                $"SELECT {Columns([.. Tables.Clients.Key, .. Tables.Clients.Values], "c")} FROM clients c"
                + $" WHERE c.municipality_code = @MunicipalityCode AND {AfterClientRef} ORDER BY c.client_ref"));
        ClientsInRegion = ClientSelect(
            "c.status = @Status AND c.municipality_code IN (SELECT m.municipality_code FROM region_municipalities m WHERE m.region_id = @RegionId)",
            null);
        InsertClient = Insert(Tables.Clients.Name, [.. Tables.Clients.Key, .. Tables.Clients.Values]);
        UpdateClient = Update(Tables.Clients.Name, Tables.Clients.Key, Tables.Clients.Values);
        DeleteClient = $"DELETE FROM clients WHERE {KeyMatch(Tables.Clients.Key)}";
        DeleteClientAreaWishes = $"DELETE FROM client_area_wishes WHERE {KeyMatch(Tables.Clients.Key)}";
        DeleteClientDwellingTypeWishes = $"DELETE FROM client_dwelling_type_wishes WHERE {KeyMatch(Tables.Clients.Key)}";
        DeleteClientAvoidAreas = $"DELETE FROM client_avoid_areas WHERE {KeyMatch(Tables.Clients.Key)}";
        DeleteClientSupportAnchors = $"DELETE FROM client_support_anchors WHERE {KeyMatch(Tables.Clients.Key)}";
        InsertClientAreaWish = Insert(Tables.ClientAreaWishes.Name, Tables.ClientAreaWishes.Columns);
        InsertClientDwellingTypeWish = Insert(Tables.ClientDwellingTypeWishes.Name, Tables.ClientDwellingTypeWishes.Columns);
        InsertClientAvoidArea = Insert(Tables.ClientAvoidAreas.Name, Tables.ClientAvoidAreas.Columns);
        InsertClientSupportAnchor = Insert(Tables.ClientSupportAnchors.Name, Tables.ClientSupportAnchors.Columns);

        // Care teams
        var team = Columns([.. Tables.CareTeams.Key, .. Tables.CareTeams.Values], "t");
        CareTeamByKey = CareTeamSelect("t.region_id = @RegionId AND t.care_team_id = @CareTeamId", null);
        CareTeamsInRegion = CareTeamSelect("t.region_id = @RegionId", null);
        CareTeamsPage = CareTeamSelect(
            "t.region_id = @RegionId AND (@After IS NULL OR t.care_team_id > @After) AND t.care_team_id <= @Last",
            dialect.Limit($"SELECT {team} FROM care_teams t WHERE t.region_id = @RegionId AND (@After IS NULL OR t.care_team_id > @After) ORDER BY t.care_team_id"));
        InsertCareTeam = Insert(Tables.CareTeams.Name, [.. Tables.CareTeams.Key, .. Tables.CareTeams.Values]);
        UpdateCareTeam = Update(Tables.CareTeams.Name, Tables.CareTeams.Key, Tables.CareTeams.Values);
        DeleteCareTeam = $"DELETE FROM care_teams WHERE {KeyMatch(Tables.CareTeams.Key)}";
        DeleteCareTeamMunicipalities = $"DELETE FROM care_team_municipalities WHERE {KeyMatch(Tables.CareTeams.Key)}";
        InsertCareTeamMunicipality = Insert(Tables.CareTeamMunicipalities.Name, Tables.CareTeamMunicipalities.Columns);

        // Agreements
        var agreement = Columns([.. Tables.Agreements.Key, .. Tables.Agreements.Values]);
        SelectAgreement = $"SELECT {agreement} FROM agreements WHERE region_id = @RegionId AND agreement_id = @AgreementId";
        SelectAgreements = $"SELECT {agreement} FROM agreements WHERE region_id = @RegionId ORDER BY agreement_id";
        SelectAgreementsPage = dialect.Limit(
            $"SELECT {agreement} FROM agreements WHERE region_id = @RegionId AND (@After IS NULL OR agreement_id > @After) ORDER BY agreement_id");
        InsertAgreement = Insert(Tables.Agreements.Name, [.. Tables.Agreements.Key, .. Tables.Agreements.Values]);
        UpdateAgreement = Update(Tables.Agreements.Name, Tables.Agreements.Key, Tables.Agreements.Values);
        DeleteAgreement = $"DELETE FROM agreements WHERE {KeyMatch(Tables.Agreements.Key)}";

        // Match runs: immutable, so only insert and read; lists leave the large documents out and run newest first.
        var runSummary = Columns([.. Tables.MatchRuns.Key, .. Tables.MatchRuns.Summary]);
        SelectMatchRun = $"SELECT {runSummary}, {Columns(Tables.MatchRuns.Documents)} FROM match_runs WHERE {KeyMatch(Tables.MatchRuns.Key)}";
        SelectMatchRunsPage = dialect.Limit(
            $"SELECT {runSummary} FROM match_runs WHERE region_id = @RegionId AND (@After IS NULL OR run_id < @After) ORDER BY run_id DESC");
        InsertMatchRun = Insert(Tables.MatchRuns.Name, [.. Tables.MatchRuns.Key, .. Tables.MatchRuns.Summary, .. Tables.MatchRuns.Documents]);
    }

    public string CreateVersionTable { get; }

    public string SelectAppliedVersions { get; }

    public string InsertVersion { get; } = "INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)";

    public string SelectRegion { get; }

    public string SelectRegions { get; }

    public string UpsertRegion { get; }

    public string SelectRegionMunicipalities { get; }

    public string SelectAllRegionMunicipalities { get; }

    public string DeleteRegionMunicipalities { get; }

    public string InsertRegionMunicipality { get; }

    public string SelectRegionDistricts { get; }

    public string SelectAllRegionDistricts { get; }

    public string DeleteRegionDistricts { get; }

    public string InsertRegionDistrict { get; }

    public string SelectNeighbourhood { get; }

    public string SelectNeighbourhoods { get; }

    public string SelectNeighbourhoodsPage { get; }

    public string UpsertNeighbourhood { get; }

    public string SelectCorporation { get; }

    public string SelectCorporations { get; }

    public string UpsertCorporation { get; }

    public string SelectUnit { get; }

    public string SelectUnitsPage { get; }

    public string SelectUnitsInRegion { get; }

    public string InsertUnit { get; }

    public string UpdateUnit { get; }

    public string DeleteUnit { get; }

    public ClientSelectStatements ClientByKey { get; }

    public ClientSelectStatements ClientsPage { get; }

    public ClientSelectStatements ClientsInRegion { get; }

    public string InsertClient { get; }

    public string UpdateClient { get; }

    public string DeleteClient { get; }

    public string DeleteClientAreaWishes { get; }

    public string DeleteClientDwellingTypeWishes { get; }

    public string DeleteClientAvoidAreas { get; }

    public string DeleteClientSupportAnchors { get; }

    public string InsertClientAreaWish { get; }

    public string InsertClientDwellingTypeWish { get; }

    public string InsertClientAvoidArea { get; }

    public string InsertClientSupportAnchor { get; }

    public CareTeamSelectStatements CareTeamByKey { get; }

    public CareTeamSelectStatements CareTeamsInRegion { get; }

    public CareTeamSelectStatements CareTeamsPage { get; }

    public string InsertCareTeam { get; }

    public string UpdateCareTeam { get; }

    public string DeleteCareTeam { get; }

    public string DeleteCareTeamMunicipalities { get; }

    public string InsertCareTeamMunicipality { get; }

    public string SelectAgreement { get; }

    public string SelectAgreements { get; }

    public string SelectAgreementsPage { get; }

    public string InsertAgreement { get; }

    public string UpdateAgreement { get; }

    public string DeleteAgreement { get; }

    public string SelectMatchRun { get; }

    public string SelectMatchRunsPage { get; }

    public string InsertMatchRun { get; }

    /// <summary>Every statement with its name (e.g. <c>ClientsPage.AreaWishes</c>).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> All()
    {
        var all = new List<KeyValuePair<string, string>>();
        Collect(this, "", all);
        return all;
    }

    private static void Collect(object holder, string prefix, List<KeyValuePair<string, string>> all)
    {
        foreach (var property in holder.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = property.GetValue(holder);
            if (value is string sql)
            {
                all.Add(new(prefix + property.Name, sql));
            }
            else if (value is ClientSelectStatements or CareTeamSelectStatements)
            {
                Collect(value, prefix + property.Name + ".", all);
            }
        }
    }

    private static ClientSelectStatements ClientSelect(string where, string? clientsQuery)
    {
        string Child(string table, IReadOnlyList<string> columns, string order) =>
            $"SELECT {Columns(columns, "x")} FROM {table} x"
            + " JOIN clients c ON c.municipality_code = x.municipality_code AND c.client_ref = x.client_ref"
            + $" WHERE {where} ORDER BY x.municipality_code, x.client_ref, x.{order}";

        return new ClientSelectStatements(
            clientsQuery ?? $"SELECT {Columns([.. Tables.Clients.Key, .. Tables.Clients.Values], "c")} FROM clients c WHERE {where} ORDER BY c.municipality_code, c.client_ref",
            Child(Tables.ClientAreaWishes.Name, Tables.ClientAreaWishes.Columns, "wish_rank"),
            Child(Tables.ClientDwellingTypeWishes.Name, Tables.ClientDwellingTypeWishes.Columns, "wish_rank"),
            Child(Tables.ClientAvoidAreas.Name, Tables.ClientAvoidAreas.Columns, "ordinal"),
            Child(Tables.ClientSupportAnchors.Name, Tables.ClientSupportAnchors.Columns, "ordinal"));
    }

    private static CareTeamSelectStatements CareTeamSelect(string where, string? teamsQuery) =>
        new(
            teamsQuery ?? $"SELECT {Columns([.. Tables.CareTeams.Key, .. Tables.CareTeams.Values], "t")} FROM care_teams t WHERE {where} ORDER BY t.care_team_id",
            $"SELECT {Columns(Tables.CareTeamMunicipalities.Columns, "x")} FROM care_team_municipalities x"
            + " JOIN care_teams t ON t.region_id = x.region_id AND t.care_team_id = x.care_team_id"
            + $" WHERE {where} ORDER BY x.care_team_id, x.ordinal");
}
