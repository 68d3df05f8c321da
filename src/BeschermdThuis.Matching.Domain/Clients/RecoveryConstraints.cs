using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Domain.Clients;

/// <summary>
/// Keep away from the neighbourhood of origin: no unit within <see cref="RadiusMetres"/> of its boundary
/// (0 means the neighbourhood itself only). Principle 2: returning can mean the wrong friends again.
/// </summary>
public sealed record OriginAvoidance
{
    public OriginAvoidance(NeighbourhoodCode origin, int radiusMetres)
    {
        new Validator().InRange(radiusMetres, 0, DomainRanges.MaxOriginRadiusMetres, "radius_metres").ThrowIfInvalid();
        Origin = origin;
        RadiusMetres = radiusMetres;
    }

    public NeighbourhoodCode Origin { get; }

    public int RadiusMetres { get; }
}

public enum SupportAnchorKind
{
    CareTeamBase = 1,
    Family = 2,
    RecoveryCollege = 3,
    Other = 4,
}

/// <summary>A place the client must stay near, such as the care team's base or family.</summary>
public sealed record SupportAnchor
{
    public SupportAnchor(SupportAnchorKind kind, GeoPoint location, int maxDistanceMetres)
    {
        new Validator()
            .Require(Enum.IsDefined(kind), "kind", "must be a known anchor kind")
            .InRange(maxDistanceMetres, 1, DomainRanges.MaxAnchorDistanceMetres, "max_distance_metres")
            .ThrowIfInvalid();
        Kind = kind;
        Location = location;
        MaxDistanceMetres = maxDistanceMetres;
    }

    public SupportAnchorKind Kind { get; }

    public GeoPoint Location { get; }

    public int MaxDistanceMetres { get; }
}

/// <summary>
/// Where recovery says this client should and should not live (principle 2), per client: areas to avoid,
/// distance from the neighbourhood of origin, at most so many peers already placed in the neighbourhood,
/// the support anchors to stay near, and places to keep away from (<see cref="AvoidedPlace"/>, kept at reduced
/// precision and shown to no one but the client's desk).
/// </summary>
public sealed record RecoveryConstraints
{
    public RecoveryConstraints(
        IReadOnlyList<AreaRef> avoidAreas,
        OriginAvoidance? avoidOrigin,
        int? maxPeersInNeighbourhood,
        IReadOnlyList<SupportAnchor> supportAnchors,
        IReadOnlyList<AvoidedPlace>? avoidPlaces = null)
    {
        avoidPlaces ??= [];
        new Validator()
            .AtMost(avoidAreas.Count, DomainRanges.MaxAvoidAreas, "avoid_areas")
            .Require(avoidAreas.Distinct().Count() == avoidAreas.Count, "avoid_areas", "must not name an area twice")
            .InRange(maxPeersInNeighbourhood ?? 0, 0, DomainRanges.MaxPeersInNeighbourhood, "max_peers_in_neighbourhood")
            .AtMost(supportAnchors.Count, DomainRanges.MaxSupportAnchors, "support_anchors")
            .AtMost(avoidPlaces.Count, DomainRanges.MaxAvoidedPlaces, "avoid_places")
            .ThrowIfInvalid();
        AvoidAreas = avoidAreas;
        AvoidOrigin = avoidOrigin;
        MaxPeersInNeighbourhood = maxPeersInNeighbourhood;
        SupportAnchors = supportAnchors;
        AvoidPlaces = avoidPlaces;
    }

    public static RecoveryConstraints None { get; } = new([], null, null, []);

    public IReadOnlyList<AreaRef> AvoidAreas { get; }

    public OriginAvoidance? AvoidOrigin { get; }

    public int? MaxPeersInNeighbourhood { get; }

    public IReadOnlyList<SupportAnchor> SupportAnchors { get; }

    /// <summary>Points with a radius to keep away from; no unit inside any of the circles is eligible.</summary>
    public IReadOnlyList<AvoidedPlace> AvoidPlaces { get; }

    public bool Equals(RecoveryConstraints? other) =>
        other is not null
        && AvoidAreas.SequenceEqual(other.AvoidAreas)
        && Equals(AvoidOrigin, other.AvoidOrigin)
        && MaxPeersInNeighbourhood == other.MaxPeersInNeighbourhood
        && SupportAnchors.SequenceEqual(other.SupportAnchors)
        && AvoidPlaces.SequenceEqual(other.AvoidPlaces);

    public override int GetHashCode() =>
        HashCode.Combine(AvoidAreas.Count, AvoidOrigin, MaxPeersInNeighbourhood, SupportAnchors.Count, AvoidPlaces.Count);
}
