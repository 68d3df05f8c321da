using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using NetTopologySuite.Geometries;

namespace BeschermdThuis.Matching.Domain.Care;

/// <summary>
/// Where a care team works: a list of municipalities, or a drawn area (WGS84 polygon), or both; a unit is
/// covered when it lies in either.
/// </summary>
public sealed record ServiceArea
{
    public ServiceArea(IReadOnlyList<MunicipalityCode> municipalities, Geometry? area)
    {
        new Validator()
            .Require(municipalities.Count > 0 || area is not null, "service_area", "needs municipalities or an area")
            .AtMost(municipalities.Count, DomainRanges.MaxServiceAreaMunicipalities, "service_area.municipalities")
            .Require(area is null || area.NumPoints <= DomainRanges.MaxBoundaryPoints, "service_area.area",
                $"must have at most {DomainRanges.MaxBoundaryPoints} points")
            .Require(area is null or Polygon or MultiPolygon, "service_area.area", "must be a polygon or multipolygon")
            .Require(area is null || area.NumPoints > DomainRanges.MaxBoundaryPoints || area is { IsEmpty: false, IsValid: true },
                "service_area.area", "must be a valid, non-empty geometry")
            .ThrowIfInvalid();
        Municipalities = municipalities;
        Area = area;
    }

    public IReadOnlyList<MunicipalityCode> Municipalities { get; }

    public Geometry? Area { get; }

    /// <summary>
    /// Whether a unit at <paramref name="location"/> in <paramref name="municipality"/> lies in this area: the same test
    /// as the matching's (the municipality listed, or the drawn area covering the point in RD New metres).
    /// </summary>
    public bool Covers(GeoPoint location, MunicipalityCode municipality)
    {
        if (Municipalities.Contains(municipality))
        {
            return true;
        }
        if (Area is null)
        {
            return false;
        }
        var rd = RdNewProjection.Instance.Project(location);
        var area = RdNewProjection.Instance.Project(Area);
        return area.Covers(area.Factory.CreatePoint(new Coordinate(rd.X, rd.Y)));
    }

    public bool Equals(ServiceArea? other) =>
        other is not null && Municipalities.SequenceEqual(other.Municipalities)
        && (Area is null ? other.Area is null : other.Area is not null && Area.EqualsExact(other.Area));

    public override int GetHashCode() => HashCode.Combine(Municipalities.Count, Area?.NumPoints);
}

/// <summary>
/// A team that gives ambulant support (e.g. a FACT team). Principle 6: support must be in place before the move,
/// so a unit must lie in the team's service area and the team must have room in its caseload.
/// </summary>
public sealed record CareTeam
{
    public CareTeam(string id, string provider, ServiceArea serviceArea, GeoPoint @base, int caseloadCapacity, int currentCaseload)
    {
        new Validator()
            .Id(id, "care_team_id")
            .Text(provider, "provider")
            .InRange(caseloadCapacity, 0, DomainRanges.MaxCaseload, "caseload_capacity")
            .InRange(currentCaseload, 0, DomainRanges.MaxCaseload, "current_caseload")
            .ThrowIfInvalid();
        Id = id;
        Provider = provider;
        ServiceArea = serviceArea;
        Base = @base;
        CaseloadCapacity = caseloadCapacity;
        CurrentCaseload = currentCaseload;
    }

    public string Id { get; }

    /// <summary>The care provider (zorgaanbieder) the team belongs to.</summary>
    public string Provider { get; }

    public ServiceArea ServiceArea { get; }

    /// <summary>Where the team is based; a natural support anchor.</summary>
    public GeoPoint Base { get; }

    public int CaseloadCapacity { get; }

    public int CurrentCaseload { get; }

    /// <summary>How many more clients the team can take on (never negative).</summary>
    public int FreeCaseload => Math.Max(0, CaseloadCapacity - CurrentCaseload);
}
