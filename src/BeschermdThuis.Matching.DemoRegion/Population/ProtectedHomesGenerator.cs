using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.DemoRegion.Population;

/// <summary>
/// Synthetic counts of protected homes already in each neighbourhood (the peers already placed): small numbers,
/// from none up to a little above the default ceiling of the region, so some neighbourhoods are full.
/// </summary>
internal static class ProtectedHomesGenerator
{
    public static IReadOnlyList<Neighbourhood> Generate(GenerationContext context)
    {
        var ceiling = context.Region.Region.DefaultLimits.MaxProtectedHomesPerThousandInhabitants;
        return
        [
            .. context.Region.Neighbourhoods.Select(n =>
            {
                var perThousand = context.Random.Between(0.0, ((double)ceiling) * 1.1);
                var existing = (int)Math.Floor(n.Inhabitants / 1000.0 * perThousand);
                return new Neighbourhood(n.Code, n.Name, n.Boundary, n.Inhabitants, n.InhabitantsEstimated, existing, n.LimitsOverride);
            }),
        ];
    }
}
