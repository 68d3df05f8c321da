using BeschermdThuis.Matching.Storage.Mapping;
using static BeschermdThuis.Matching.Storage.Dialects.SqlText;

namespace BeschermdThuis.Matching.Storage.Dialects;

/// <summary>Regions, their municipalities and districts, and neighbourhoods.</summary>
public sealed partial class SqlStatements
{
    private static readonly string RegionColumns = Columns([.. Tables.Regions.Key, .. Tables.Regions.Values, "version"]);
    private static readonly string MunicipalityColumns = Columns(Tables.RegionMunicipalities.Columns);
    private static readonly string DistrictColumns = Columns(Tables.RegionDistricts.Columns);
    private static readonly string NeighbourhoodColumns = Columns([.. Tables.Neighbourhoods.Key, .. Tables.Neighbourhoods.Values, "version"]);

    public string SelectRegion { get; } = $"SELECT {RegionColumns} FROM regions WHERE region_id = @RegionId";

    public string SelectRegions { get; } = $"SELECT {RegionColumns} FROM regions ORDER BY region_id";

    public string UpsertRegion { get; } = dialect.Upsert(Tables.Regions.Name, Tables.Regions.Key, Tables.Regions.Values, versioned: true);

    public string InsertRegion { get; } = Insert(Tables.Regions.Name, [.. Tables.Regions.Key, .. Tables.Regions.Values]);

    public string UpdateRegionSettingsIfVersion { get; } = ConditionalUpdate(Tables.Regions.Name, Tables.Regions.Key, Tables.Regions.Settings);

    public string SelectRegionSettingsVersion { get; } = SelectVersion(Tables.Regions.Name, Tables.Regions.Key);

    public string SelectRegionMunicipalities { get; } =
        $"SELECT {MunicipalityColumns} FROM region_municipalities WHERE region_id = @RegionId ORDER BY ordinal";

    public string SelectAllRegionMunicipalities { get; } = $"SELECT {MunicipalityColumns} FROM region_municipalities ORDER BY region_id, ordinal";

    public string DeleteRegionMunicipalities { get; } = "DELETE FROM region_municipalities WHERE region_id = @RegionId";

    public string InsertRegionMunicipality { get; } = Insert(Tables.RegionMunicipalities.Name, Tables.RegionMunicipalities.Columns);

    public string SelectRegionDistricts { get; } = $"SELECT {DistrictColumns} FROM region_districts WHERE region_id = @RegionId ORDER BY ordinal";

    public string SelectAllRegionDistricts { get; } = $"SELECT {DistrictColumns} FROM region_districts ORDER BY region_id, ordinal";

    public string DeleteRegionDistricts { get; } = "DELETE FROM region_districts WHERE region_id = @RegionId";

    public string InsertRegionDistrict { get; } = Insert(Tables.RegionDistricts.Name, Tables.RegionDistricts.Columns);

    public string SelectNeighbourhood { get; } =
        $"SELECT {NeighbourhoodColumns} FROM neighbourhoods WHERE region_id = @RegionId AND neighbourhood_code = @NeighbourhoodCode";

    public string SelectNeighbourhoods { get; } =
        $"SELECT {NeighbourhoodColumns} FROM neighbourhoods WHERE region_id = @RegionId ORDER BY neighbourhood_code";

    public string SelectNeighbourhoodsPage { get; } = dialect.Limit(
        $"SELECT {NeighbourhoodColumns} FROM neighbourhoods WHERE region_id = @RegionId AND (@After IS NULL OR neighbourhood_code > @After) ORDER BY neighbourhood_code");

    public string UpdateNeighbourhoodIfVersion { get; } =
        ConditionalUpdate(Tables.Neighbourhoods.Name, Tables.Neighbourhoods.Key, Tables.Neighbourhoods.Values);

    public string SelectNeighbourhoodVersion { get; } = SelectVersion(Tables.Neighbourhoods.Name, Tables.Neighbourhoods.Key);

    public string UpsertNeighbourhood { get; } = dialect.Upsert(Tables.Neighbourhoods.Name, Tables.Neighbourhoods.Key, Tables.Neighbourhoods.Values, versioned: true);

    // Plain SQL both dialects run: the row is made when missing, then raised, inside the writing transaction.
    public string EnsureRegionVersion { get; } =
        "INSERT INTO region_versions (region_id, version) SELECT @RegionId, 0"
        + " WHERE NOT EXISTS (SELECT 1 FROM region_versions WHERE region_id = @RegionId)";

    public string RaiseRegionVersion { get; } = "UPDATE region_versions SET version = version + 1 WHERE region_id = @RegionId";

    public string SelectRegionVersion { get; } = "SELECT version FROM region_versions WHERE region_id = @RegionId";
}
