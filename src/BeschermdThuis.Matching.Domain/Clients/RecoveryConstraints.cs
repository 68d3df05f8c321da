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
        if (radiusMetres is < 0 or > 50_000)
        {
            throw new DomainValidationException("radius_metres", "must be between 0 and 50000");
        }
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
            .Require(maxDistanceMetres is > 0 and <= 100_000, "max_distance_metres", "must be between 1 and 100000")
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
/// and the support anchors to stay near.
/// </summary>
public sealed record RecoveryConstraints
{
    public RecoveryConstraints(
        IReadOnlyList<AreaRef> avoidAreas,
        OriginAvoidance? avoidOrigin,
        int? maxPeersInNeighbourhood,
        IReadOnlyList<SupportAnchor> supportAnchors)
    {
        new Validator()
            .Require(avoidAreas.Distinct().Count() == avoidAreas.Count, "avoid_areas", "must not name an area twice")
            .Require(maxPeersInNeighbourhood is null or >= 0, "max_peers_in_neighbourhood", "must not be negative")
            .ThrowIfInvalid();
        AvoidAreas = avoidAreas;
        AvoidOrigin = avoidOrigin;
        MaxPeersInNeighbourhood = maxPeersInNeighbourhood;
        SupportAnchors = supportAnchors;
    }

    public static RecoveryConstraints None { get; } = new([], null, null, []);

    public IReadOnlyList<AreaRef> AvoidAreas { get; }

    public OriginAvoidance? AvoidOrigin { get; }

    public int? MaxPeersInNeighbourhood { get; }

    public IReadOnlyList<SupportAnchor> SupportAnchors { get; }

    public bool Equals(RecoveryConstraints? other) =>
        other is not null
        && AvoidAreas.SequenceEqual(other.AvoidAreas)
        && Equals(AvoidOrigin, other.AvoidOrigin)
        && MaxPeersInNeighbourhood == other.MaxPeersInNeighbourhood
        && SupportAnchors.SequenceEqual(other.SupportAnchors);

    public override int GetHashCode() => HashCode.Combine(AvoidAreas.Count, AvoidOrigin, MaxPeersInNeighbourhood, SupportAnchors.Count);
}
