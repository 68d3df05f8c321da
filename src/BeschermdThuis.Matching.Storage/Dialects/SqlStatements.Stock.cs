using BeschermdThuis.Matching.Storage.Mapping;
using static BeschermdThuis.Matching.Storage.Dialects.SqlText;

namespace BeschermdThuis.Matching.Storage.Dialects;

/// <summary>Corporations and their units.</summary>
public sealed partial class SqlStatements
{
    private static readonly string CorporationColumns = Columns([.. Tables.Corporations.Key, .. Tables.Corporations.Values]);
    private static readonly string UnitColumns = Columns([.. Tables.Units.Key, "region_id", .. Tables.Units.Values, "version"]);

    public string SelectCorporation { get; } = $"SELECT {CorporationColumns} FROM corporations WHERE corporation_id = @CorporationId";

    public string SelectCorporations { get; } = $"SELECT {CorporationColumns} FROM corporations ORDER BY corporation_id";

    public string UpsertCorporation { get; } = dialect.Upsert(Tables.Corporations.Name, Tables.Corporations.Key, Tables.Corporations.Values);

    public string SelectUnit { get; } = $"SELECT {UnitColumns} FROM units WHERE corporation_id = @CorporationId AND unit_id = @UnitId";

    public string SelectUnitsPage { get; } = dialect.Limit(
        $"SELECT {UnitColumns} FROM units WHERE corporation_id = @CorporationId AND (@After IS NULL OR unit_id > @After) ORDER BY unit_id");

    public string SelectUnitsInRegion { get; } =
        $"SELECT {UnitColumns} FROM units WHERE region_id = @RegionId AND status = @Status ORDER BY corporation_id, unit_id";

    public string InsertUnit { get; } = Insert(Tables.Units.Name, [.. Tables.Units.Key, "region_id", .. Tables.Units.Values]);

    public string UpdateUnit { get; } = Update(Tables.Units.Name, Tables.Units.Key, Tables.Units.Values);

    public string UpdateUnitIfVersion { get; } = ConditionalUpdate(Tables.Units.Name, Tables.Units.Key, Tables.Units.Values);

    public string SelectUnitVersion { get; } = SelectVersion(Tables.Units.Name, Tables.Units.Key);

    public string CountUnitId { get; } = "SELECT COUNT(*) FROM units WHERE region_id = @RegionId AND unit_id = @UnitId";

    public string DeleteUnit { get; } = $"DELETE FROM units WHERE {KeyMatch(Tables.Units.Key)}";
}
