using BeschermdThuis.Matching.Domain.Care;
using BeschermdThuis.Matching.Domain.Geography;
using NetTopologySuite.Geometries;

namespace BeschermdThuis.Matching.DemoRegion.Population;

/// <summary>
/// Five fictional ambulant teams: four serve lists of municipalities, one a drawn area around the centre of
/// Nijmegen. Capacities scale with the number of clients; some teams are nearly full.
/// </summary>
internal static class CareTeamGenerator
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public static IReadOnlyList<CareTeam> Generate(GenerationContext context, int clients)
    {
        return
        [
            Team(context, clients, "fact-nijmegen-west", "Stichting Waalkracht (fictief)", 0.25, ["GM0268", "GM0209"]),
            Team(context, clients, "fact-nijmegen-oost", "Stichting Waalkracht (fictief)", 0.25, ["GM0268", "GM1945"]),
            Team(context, clients, "ambulant-wijchen", "Zorgcollectief De Hessel (fictief)", 0.15, ["GM0296", "GM0209"]),
            Team(context, clients, "ambulant-maasland", "Zorgcollectief De Hessel (fictief)", 0.12, ["GM0252", "GM0944", "GM0296"]),
            AreaTeam(context, clients, "housing-first-centrum", "Herstelteam Kroonvlinder (fictief)", 0.23),
        ];
    }

    private static CareTeam Team(GenerationContext context, int clients, string id, string provider, double share, string[] municipalities)
    {
        var codes = municipalities.Select(m => new MunicipalityCode(m)).ToList();
        var (capacity, current) = Caseload(context.Random, clients, share);
        return new CareTeam(id, provider, new ServiceArea(codes, null), context.PickPointIn(codes[0]), capacity, current);
    }

    // A drawn service area: a hexagon of about 4 km radius around the Stadscentrum of Nijmegen.
    private static CareTeam AreaTeam(GenerationContext context, int clients, string id, string provider, double share)
    {
        var centre = new GeoPoint(5.8625, 51.8445);
        var ring = Enumerable.Range(0, 7)
            .Select(i => i % 6 * Math.PI / 3)
            .Select(angle => new Coordinate(
                Math.Round(centre.Longitude + (0.058 * Math.Cos(angle)), 6),
                Math.Round(centre.Latitude + (0.036 * Math.Sin(angle)), 6)))
            .ToArray();
        var (capacity, current) = Caseload(context.Random, clients, share);
        return new CareTeam(id, provider, new ServiceArea([], Factory.CreatePolygon(ring)), centre, capacity, current);
    }

    private static (int Capacity, int Current) Caseload(Random random, int clients, double share)
    {
        var free = Math.Max(2, (int)Math.Ceiling(clients * share * random.Between(0.7, 1.3)));
        var current = (int)Math.Round(free * random.Between(1.5, 3.0));
        return (current + free, current);
    }
}
