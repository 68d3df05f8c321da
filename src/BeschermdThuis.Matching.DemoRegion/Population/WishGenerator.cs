using BeschermdThuis.Matching.Domain.Care;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.DemoRegion.Population;

/// <summary>Ranked wishes and recovery constraints of a synthetic client, drawn around its own municipality.</summary>
internal static class WishGenerator
{
    private static readonly DwellingType[] AllTypes = Enum.GetValues<DwellingType>();

    public static HousingWishes Wishes(GenerationContext context, MunicipalityCode home)
    {
        var random = context.Random;
        var areaCount = random.PickWeighted([(0, 0.15), (1, 0.30), (2, 0.30), (3, 0.25)]);
        var areas = new List<AreaRef>();
        for (var attempt = 0; areas.Count < areaCount && attempt < 20; attempt++)
        {
            // Mostly near home; now and then another municipality of the region.
            var municipality = random.Chance(0.8) ? home : random.Pick(context.Municipalities);
            var area = random.PickWeighted<Func<AreaRef>>(
            [
                (() => AreaRef.Of(random.Pick(context.NeighbourhoodsOf[municipality]).Code), 0.40),
                (() => AreaRef.Of(random.Pick(context.DistrictsOf[municipality])), 0.35),
                (() => AreaRef.Of(municipality), 0.25),
            ])();
            if (!areas.Contains(area))
            {
                areas.Add(area);
            }
        }
        var types = new List<DwellingType>();
        if (random.Chance(0.55))
        {
            var typeCount = random.Between(1, 3);
            while (types.Count < typeCount)
            {
                var type = random.Pick(AllTypes);
                if (!types.Contains(type))
                {
                    types.Add(type);
                }
            }
        }
        return new HousingWishes(
            [.. areas.Select((a, i) => new AreaWish(i + 1, a))],
            [.. types.Select((t, i) => new DwellingTypeWish(i + 1, t))]);
    }

    public static RecoveryConstraints Recovery(GenerationContext context, MunicipalityCode home, CareTeam? team)
    {
        var random = context.Random;
        OriginAvoidance? origin = null;
        if (random.Chance(0.35))
        {
            origin = new OriginAvoidance(random.Pick(context.NeighbourhoodsOf[home]).Code, random.Pick([0, 250, 500, 1000]));
        }
        var avoid = new List<AreaRef>();
        if (random.Chance(0.15))
        {
            avoid.Add(AreaRef.Of(random.Pick(context.DistrictsOf[random.Pick(context.Municipalities)])));
        }
        int? maxPeers = random.Chance(0.3) ? random.Between(1, 3) : null;
        var anchors = new List<SupportAnchor>();
        if (team is not null && random.Chance(0.25))
        {
            anchors.Add(new SupportAnchor(SupportAnchorKind.CareTeamBase, team.Base, random.Pick([3_000, 5_000, 8_000, 10_000])));
        }
        return new RecoveryConstraints(avoid, origin, maxPeers, anchors);
    }
}
