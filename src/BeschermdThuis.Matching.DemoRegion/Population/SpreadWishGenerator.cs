using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.DemoRegion.Population;

/// <summary>
/// Wishes and recovery constraints drawn over the whole region rather than around the client's home, so that the
/// goals pull in different directions: wished neighbourhoods far apart, support anchors anywhere, many distances.
/// </summary>
internal static class SpreadWishGenerator
{
    public const int WishedNeighbourhoods = 3;
    public const int MaxAvoidedNeighbourhoods = 3;
    public const int MinAnchorDistanceMetres = 3_000;
    public const int MaxAnchorDistanceMetres = 25_000;
    public const int MaxOriginRadiusMetres = 3_000;

    private static readonly DwellingType[] AllTypes = Enum.GetValues<DwellingType>();

    private static readonly SupportAnchorKind[] AnchorKinds = [SupportAnchorKind.Family, SupportAnchorKind.RecoveryCollege, SupportAnchorKind.Other];

    /// <summary>Three wished neighbourhoods, each in a different district, and one to four acceptable dwelling types.</summary>
    public static HousingWishes Wishes(GenerationContext context)
    {
        var random = context.Random;
        var wished = new List<Neighbourhood>();
        while (wished.Count < WishedNeighbourhoods)
        {
            var candidate = PickInRegion(context);
            if (wished.TrueForAll(w => w.District != candidate.District))
            {
                wished.Add(candidate);
            }
        }
        var types = AllTypes.OrderBy(_ => random.Next()).Take(random.Between(1, 4)).ToList();
        return new HousingWishes(
            [.. wished.Select((n, i) => new AreaWish(i + 1, AreaRef.Of(n.Code)))],
            [.. types.Select((t, i) => new DwellingTypeWish(i + 1, t))]);
    }

    /// <summary>
    /// Half of the clients avoid their neighbourhood of origin within 0 to 3 km; up to three avoided neighbourhoods
    /// anywhere; a peer limit from <paramref name="peerLimits"/>; one support anchor anywhere in the region.
    /// </summary>
    public static RecoveryConstraints Recovery(GenerationContext context, MunicipalityCode home, IReadOnlyList<int?> peerLimits)
    {
        var random = context.Random;
        OriginAvoidance? origin = null;
        if (random.Chance(0.5))
        {
            origin = new OriginAvoidance(context.PickNeighbourhood(home).Code, random.Between(0, MaxOriginRadiusMetres / 100) * 100);
        }
        var avoidCount = random.Between(0, MaxAvoidedNeighbourhoods);
        var avoid = new List<AreaRef>();
        while (avoid.Count < avoidCount)
        {
            var area = AreaRef.Of(PickInRegion(context).Code);
            if (!avoid.Contains(area))
            {
                avoid.Add(area);
            }
        }
        var maxPeers = random.Pick(peerLimits);
        var anchor = new SupportAnchor(
            random.Pick(AnchorKinds),
            PolygonSampler.SampleInside(random, PickInRegion(context).Boundary),
            random.Between(MinAnchorDistanceMetres, MaxAnchorDistanceMetres));
        return new RecoveryConstraints(avoid, origin, maxPeers, [anchor]);
    }

    /// <summary>A neighbourhood anywhere in the region, more likely where more people live (as units are placed).</summary>
    private static Neighbourhood PickInRegion(GenerationContext context) =>
        context.PickNeighbourhood(context.Random.PickWeighted([.. context.Municipalities.Select(m => (m, (double)context.InhabitantsOf(m)))]));
}
