using BeschermdThuis.Matching.Storage.Mapping;
using static BeschermdThuis.Matching.Storage.Dialects.SqlText;

namespace BeschermdThuis.Matching.Storage.Dialects;

/// <summary>Corporations as resources of a region, with the municipalities where they have stock.</summary>
public sealed partial class SqlStatements
{
    private static readonly string RegionCorporationColumns = Columns([.. Tables.Corporations.Key, .. Tables.Corporations.RegionValues, "version"]);
    private static readonly string CorporationMunicipalityColumns = Columns(Tables.CorporationMunicipalities.Columns, "m");

    public string SelectRegionCorporation { get; } =
        $"SELECT {RegionCorporationColumns} FROM corporations WHERE region_id = @RegionId AND corporation_id = @CorporationId";

    public string SelectRegionCorporationsPage { get; } = dialect.Limit(
        $"SELECT {RegionCorporationColumns} FROM corporations WHERE region_id = @RegionId AND (@After IS NULL OR corporation_id > @After) ORDER BY corporation_id");

    public string SelectCorporationMunicipalities { get; } =
        $"SELECT {CorporationMunicipalityColumns} FROM corporation_municipalities m"
        + " WHERE m.corporation_id = @CorporationId ORDER BY m.ordinal";

    public string SelectRegionCorporationMunicipalities { get; } =
        $"SELECT {CorporationMunicipalityColumns} FROM corporation_municipalities m JOIN corporations c ON c.corporation_id = m.corporation_id"
        + " WHERE c.region_id = @RegionId ORDER BY m.corporation_id, m.ordinal";

    public string InsertRegionCorporation { get; } = Insert(Tables.Corporations.Name, [.. Tables.Corporations.Key, .. Tables.Corporations.RegionValues]);

    public string UpsertRegionCorporation { get; } =
        dialect.Upsert(Tables.Corporations.Name, Tables.Corporations.Key, Tables.Corporations.RegionValues, versioned: true);

    public string UpdateRegionCorporationIfVersion { get; } = ConditionalUpdate(Tables.Corporations.Name, Tables.Corporations.RegionKey, Tables.Corporations.Values);

    public string SelectRegionCorporationVersion { get; } = SelectVersion(Tables.Corporations.Name, Tables.Corporations.RegionKey);

    public string DeleteCorporationMunicipalities { get; } = "DELETE FROM corporation_municipalities WHERE corporation_id = @CorporationId";

    public string InsertCorporationMunicipality { get; } = Insert(Tables.CorporationMunicipalities.Name, Tables.CorporationMunicipalities.Columns);
}
