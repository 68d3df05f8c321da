using BeschermdThuis.Matching.Domain.Common;
using NetTopologySuite.Geometries;

namespace BeschermdThuis.Matching.Domain.Geography;

/// <summary>
/// A CBS neighbourhood (buurt): its boundary, its size and how much more it can carry.
/// </summary>
/// <remarks>
/// <see cref="Boundary"/> is a polygon or multipolygon in WGS84 (x = longitude, y = latitude).
/// <see cref="InhabitantsEstimated"/> is true when the inhabitants are an estimate, not a published count.
/// <see cref="ExistingProtectedHomes"/> counts the protected homes already there: the peers already placed.
/// <see cref="LimitsOverride"/> null means the region's default limits apply.
/// <see cref="InhabitantsCountYear"/> is the year of the CBS kerncijfers (wijken en buurten) the count is taken from;
/// null when the inhabitants are estimated (or for a count stored before the source was recorded).
/// </remarks>
public sealed record Neighbourhood
{
    public Neighbourhood(
        NeighbourhoodCode code,
        string name,
        Geometry boundary,
        int inhabitants,
        bool inhabitantsEstimated,
        int existingProtectedHomes,
        LoadLimits? limitsOverride,
        int? inhabitantsCountYear = null)
    {
        new Validator()
            .Text(name, "name")
            .Require(boundary is Polygon or MultiPolygon, "boundary", "must be a polygon or multipolygon")
            .Require(boundary.NumPoints <= DomainRanges.MaxBoundaryPoints, "boundary", $"must have at most {DomainRanges.MaxBoundaryPoints} points")
            .Require(boundary.NumPoints > DomainRanges.MaxBoundaryPoints || boundary is { IsEmpty: false, IsValid: true },
                "boundary", "must be a valid, non-empty geometry")
            .InRange(inhabitants, 0, DomainRanges.MaxNeighbourhoodInhabitants, "inhabitants")
            .InRange(existingProtectedHomes, 0, DomainRanges.MaxExistingProtectedHomes, "existing_protected_homes")
            .Require(existingProtectedHomes <= Math.Max(inhabitants, 0), "existing_protected_homes", "must not exceed inhabitants")
            .Require(!(inhabitantsEstimated && inhabitantsCountYear is not null), "inhabitants_source", "an estimate has no CBS year")
            .InRange(inhabitantsCountYear ?? DomainRanges.MinInhabitantsCountYear,
                DomainRanges.MinInhabitantsCountYear, DomainRanges.MaxInhabitantsCountYear, "inhabitants_source.year")
            .ThrowIfInvalid();
        Code = code;
        Name = name;
        Boundary = boundary;
        Inhabitants = inhabitants;
        InhabitantsEstimated = inhabitantsEstimated;
        ExistingProtectedHomes = existingProtectedHomes;
        LimitsOverride = limitsOverride;
        InhabitantsCountYear = inhabitantsCountYear;
    }

    public NeighbourhoodCode Code { get; }

    public string Name { get; }

    public Geometry Boundary { get; }

    public int Inhabitants { get; }

    public bool InhabitantsEstimated { get; }

    public int ExistingProtectedHomes { get; }

    public LoadLimits? LimitsOverride { get; }

    public int? InhabitantsCountYear { get; }

    public DistrictCode District => Code.District;

    public MunicipalityCode Municipality => Code.Municipality;

    public LoadLimits EffectiveLimits(LoadLimits regionDefault) => LimitsOverride ?? regionDefault;
}
