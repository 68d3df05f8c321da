using BeschermdThuis.Matching.Domain.Care;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Storage.Mapping;

namespace BeschermdThuis.Matching.Storage.Rows;

internal sealed class CareTeamRow
{
    public string RegionId { get; set; } = "";

    public string CareTeamId { get; set; } = "";

    public string Provider { get; set; } = "";

    public double BaseLongitude { get; set; }

    public double BaseLatitude { get; set; }

    public int CaseloadCapacity { get; set; }

    public int CurrentCaseload { get; set; }

    public byte[]? ServiceAreaWkb { get; set; }

    /// <summary>Read only: raised by every update, never written from the domain.</summary>
    public long Version { get; set; }

    public static CareTeamRow From(string regionId, CareTeam team) => new()
    {
        RegionId = regionId,
        CareTeamId = team.Id,
        Provider = team.Provider,
        BaseLongitude = team.Base.Longitude,
        BaseLatitude = team.Base.Latitude,
        CaseloadCapacity = team.CaseloadCapacity,
        CurrentCaseload = team.CurrentCaseload,
        ServiceAreaWkb = team.ServiceArea.Area is { } area ? StorageFormats.Wkb(area) : null,
    };

    public static IReadOnlyList<CareTeamMunicipalityRow> MunicipalitiesOf(string regionId, CareTeam team) =>
        [.. team.ServiceArea.Municipalities.Select((m, i) => new CareTeamMunicipalityRow
        {
            RegionId = regionId, CareTeamId = team.Id, Ordinal = i, MunicipalityCode = m.Value,
        })];

    public CareTeam ToDomain(IEnumerable<CareTeamMunicipalityRow> municipalities) =>
        new(CareTeamId, Provider,
            new ServiceArea(
                [.. municipalities.OrderBy(m => m.Ordinal).Select(m => new MunicipalityCode(m.MunicipalityCode))],
                ServiceAreaWkb is null ? null : StorageFormats.Geometry(ServiceAreaWkb)),
            new GeoPoint(BaseLongitude, BaseLatitude), CaseloadCapacity, CurrentCaseload);
}

internal sealed class CareTeamMunicipalityRow
{
    public string RegionId { get; set; } = "";

    public string CareTeamId { get; set; } = "";

    public int Ordinal { get; set; }

    public string MunicipalityCode { get; set; } = "";
}
