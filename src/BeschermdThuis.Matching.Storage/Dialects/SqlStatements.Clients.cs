using BeschermdThuis.Matching.Storage.Mapping;
using static BeschermdThuis.Matching.Storage.Dialects.SqlText;

namespace BeschermdThuis.Matching.Storage.Dialects;

/// <summary>Clients and their four child tables.</summary>
public sealed partial class SqlStatements
{
    // Page queries read up to @Take rows after the key @After (null: from the start).
    private const string AfterClientRef = "(@After IS NULL OR c.client_ref > @After)";

    public ClientSelectStatements ClientByKey { get; } = ClientSelect("c.municipality_code = @MunicipalityCode AND c.client_ref = @ClientRef", null);

    public ClientSelectStatements ClientsPage { get; } = ClientSelect(
        $"c.municipality_code = @MunicipalityCode AND {AfterClientRef} AND c.client_ref <= @Last",
        dialect.Limit(
            $"SELECT {Columns([.. Tables.Clients.Key, .. Tables.Clients.Values, "version"], "c")} FROM clients c"
            + $" WHERE c.municipality_code = @MunicipalityCode AND {AfterClientRef} ORDER BY c.client_ref"));

    public ClientSelectStatements ClientsInRegion { get; } = ClientSelect(
        "c.status = @Status AND c.municipality_code IN (SELECT m.municipality_code FROM region_municipalities m WHERE m.region_id = @RegionId)",
        null);

    public string InsertClient { get; } = Insert(Tables.Clients.Name, [.. Tables.Clients.Key, .. Tables.Clients.Values]);

    public string UpdateClient { get; } = Update(Tables.Clients.Name, Tables.Clients.Key, Tables.Clients.Values);

    public string UpdateClientIfVersion { get; } = ConditionalUpdate(Tables.Clients.Name, Tables.Clients.Key, Tables.Clients.Values);

    public string SelectClientVersion { get; } = SelectVersion(Tables.Clients.Name, Tables.Clients.Key);

    public string CountClientRef { get; } = "SELECT COUNT(*) FROM clients WHERE client_ref = @ClientRef";

    public string DeleteClient { get; } = $"DELETE FROM clients WHERE {KeyMatch(Tables.Clients.Key)}";

    public string DeleteClientAreaWishes { get; } = $"DELETE FROM client_area_wishes WHERE {KeyMatch(Tables.Clients.Key)}";

    public string DeleteClientDwellingTypeWishes { get; } = $"DELETE FROM client_dwelling_type_wishes WHERE {KeyMatch(Tables.Clients.Key)}";

    public string DeleteClientAvoidAreas { get; } = $"DELETE FROM client_avoid_areas WHERE {KeyMatch(Tables.Clients.Key)}";

    public string DeleteClientSupportAnchors { get; } = $"DELETE FROM client_support_anchors WHERE {KeyMatch(Tables.Clients.Key)}";

    public string InsertClientAreaWish { get; } = Insert(Tables.ClientAreaWishes.Name, Tables.ClientAreaWishes.Columns);

    public string InsertClientDwellingTypeWish { get; } = Insert(Tables.ClientDwellingTypeWishes.Name, Tables.ClientDwellingTypeWishes.Columns);

    public string InsertClientAvoidArea { get; } = Insert(Tables.ClientAvoidAreas.Name, Tables.ClientAvoidAreas.Columns);

    public string InsertClientSupportAnchor { get; } = Insert(Tables.ClientSupportAnchors.Name, Tables.ClientSupportAnchors.Columns);

    private static ClientSelectStatements ClientSelect(string where, string? clientsQuery)
    {
        string Child(string table, IReadOnlyList<string> columns, string order) =>
            $"SELECT {Columns(columns, "x")} FROM {table} x"
            + " JOIN clients c ON c.municipality_code = x.municipality_code AND c.client_ref = x.client_ref"
            + $" WHERE {where} ORDER BY x.municipality_code, x.client_ref, x.{order}";

        return new ClientSelectStatements(
            clientsQuery ?? $"SELECT {Columns([.. Tables.Clients.Key, .. Tables.Clients.Values, "version"], "c")} FROM clients c WHERE {where} ORDER BY c.municipality_code, c.client_ref",
            Child(Tables.ClientAreaWishes.Name, Tables.ClientAreaWishes.Columns, "wish_rank"),
            Child(Tables.ClientDwellingTypeWishes.Name, Tables.ClientDwellingTypeWishes.Columns, "wish_rank"),
            Child(Tables.ClientAvoidAreas.Name, Tables.ClientAvoidAreas.Columns, "ordinal"),
            Child(Tables.ClientSupportAnchors.Name, Tables.ClientSupportAnchors.Columns, "ordinal"));
    }
}
