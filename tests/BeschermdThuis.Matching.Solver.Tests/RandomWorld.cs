using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Solver.Problem;

namespace BeschermdThuis.Matching.Solver.Tests;

/// <summary>
/// Random small instances from a seed, with every constraint family in play (no pins, so always feasible). With
/// <c>avoidPlaces</c> about one client in four also avoids a place; those draw from a random of their own,
/// so the worlds without them stay exactly as they were.
/// </summary>
internal static class RandomWorld
{
    public static MatchProblem Create(int seed, int clientCount, int unitCount, int workers = 1, bool avoidPlaces = false)
    {
        var r = new Random(seed);
        var placeRandom = new Random(unchecked((seed * 7919) + 1));
        var neighbourhoods = Enumerable.Range(0, 3)
            .Select(k => World.Neighbourhood(k, existing: r.Next(0, 3), limits: new LoadLimits(r.Next(0, 4), r.Next(2, 7))))
            .ToList();
        var types = Enum.GetValues<DwellingType>();
        var units = Enumerable.Range(0, unitCount).Select(i => World.Unit(
            $"unit-{i}", r.Next(0, 3), rent: r.Next(450, 800), rooms: r.Next(1, 4), floor: r.Next(0, 3), stepFree: r.Next(2) == 0,
            type: types[r.Next(types.Length)], tenancy: r.Next(4) == 0 ? TenancyKind.Temporary : TenancyKind.Indefinite,
            contract: (ContractForm)r.Next(1, 4), available: World.Today.AddDays(r.Next(-20, 80)),
            corporation: r.Next(2) == 0 ? "woonwaarts" : "portaal", dx: r.NextDouble(), dy: r.NextDouble())).ToList();
        var teams = new[]
        {
            World.TeamByMunicipality("fact-nijmegen", r.Next(0, 4)),
            World.TeamByArea("fact-oost", r.Next(0, 3), World.Square(World.Lon(0), World.Lat, 0.015), World.In(1)),
        };
        var clients = Enumerable.Range(0, clientCount).Select(i =>
        {
            var areas = Enumerable.Range(0, 3).Where(_ => r.Next(2) == 0).Select(k => World.Code(k)).OrderBy(_ => r.Next()).ToList();
            var typeWishes = r.Next(3) == 0 ? types.OrderBy(_ => r.Next()).Take(r.Next(1, 4)).ToList() : [];
            var anchors = r.Next(3) == 0 ? new List<SupportAnchor> { new(SupportAnchorKind.Family, World.In(r.Next(0, 3)), r.Next(800, 2500)) } : [];
            var recovery = new RecoveryConstraints(
                r.Next(6) == 0 ? [AreaRef.Of(World.Code(r.Next(0, 3)))] : [],
                r.Next(5) == 0 ? new OriginAvoidance(World.Code(r.Next(0, 3)), r.Next(2) * 300) : null,
                r.Next(4) == 0 ? r.Next(1, 5) : null,
                anchors,
                avoidPlaces && placeRandom.Next(4) == 0
                    ? [new AvoidedPlace(World.In(placeRandom.Next(0, 3), placeRandom.NextDouble(), placeRandom.NextDouble()), placeRandom.Next(100, 900))]
                    : []);
            return World.Client(
                $"client-{i}", daysPastReadiness: r.Next(-50, 150), household: r.Next(1, 4),
                band: r.Next(8) == 0 ? IncomeBand.WithinDaeb : IncomeBand.WithinPassendToewijzen,
                wishes: new HousingWishes(
                    [.. areas.Select((a, rank) => new AreaWish(rank + 1, AreaRef.Of(a)))],
                    [.. typeWishes.Select((t, rank) => new DwellingTypeWish(rank + 1, t))]),
                needs: new Needs(r.Next(5) == 0, r.Next(6) == 0, 1),
                recovery: recovery,
                team: r.Next(3) switch { 0 => "fact-nijmegen", 1 => "fact-oost", _ => null });
        }).ToList();
        var agreements = new[] { World.Agreement("woonwaarts-2025", r.Next(0, 3), r.Next(2) == 0 ? r.Next(2, 4) : null) };
        var excluded = r.Next(3) == 0 && unitCount > 0 && clientCount > 0 ? new[] { World.Pair($"client-{r.Next(clientCount)}", $"unit-{r.Next(unitCount)}") } : [];
        return World.Problem(neighbourhoods, units, clients, teams, agreements, excluded: excluded, options: World.Options(workers, seed & 0xffff));
    }
}
