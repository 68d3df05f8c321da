using BeschermdThuis.Matching.Solver.Problem;
using BeschermdThuis.Matching.Solver.Results;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BeschermdThuis.Matching.Solver.Tests;

public sealed class PropertyTests
{
    [Property(MaxTest = 40)]
    public Property Solve_ResultAlwaysPassesTheIndependentChecker(PositiveInt seed)
    {
        var problem = RandomWorld.Create(seed.Get, 1 + (seed.Get % 8), 1 + (seed.Get / 8 % 10), avoidPlaces: true);
        var result = World.Solve(problem);
        var violations = Checker.Violations(problem, [.. result.Pairs.Select(x => (x.Client, x.UnitId, x.CareTeamId))]);
        return (result.Status == SolveStatus.Optimal && violations.Count == 0)
            .Label($"status {result.Status}; violations: {string.Join("; ", violations)}");
    }

    [Property(MaxTest = 30)]
    public Property Solve_EveryTierEqualsTheBruteForceOptimum(PositiveInt seed)
    {
        var problem = RandomWorld.Create(seed.Get, 1 + (seed.Get % 6), 1 + (seed.Get / 6 % 6), avoidPlaces: true);
        var result = World.Solve(problem);
        var expected = BruteForce.LexicographicOptimum(problem);
        var actual = result.Tiers.Select(t => t.Objective ?? long.MinValue).ToArray();
        return (actual.SequenceEqual(expected) && result.Tiers.All(t => t.Status == SolveStatus.Optimal))
            .Label($"engine [{string.Join(", ", actual)}] vs brute force [{string.Join(", ", expected)}]");
    }

    // Pins on distinct clients and units, each eligible on its own: when no matching holds them, only a constraint
    // between them can be why, so a diagnosis that names nothing but pins has missed it.
    [Property(MaxTest = 1000)]
    public Property Solve_WithPins_IsInfeasibleExactlyWhenNoMatchingHoldsThem_AndNamesAConstraint(PositiveInt seed)
    {
        var world = RandomWorld.Create(seed.Get, 3 + (seed.Get % 4), 4 + (seed.Get / 4 % 7));
        var random = new Random(seed.Get);
        var pins = new List<ClientUnitPair>();
        var crowded = World.Code(random.Next(3)); // most pins in one neighbourhood, so that its limits bind
        foreach (var (client, unit) in world.Clients.SelectMany(c => world.Units.Select(u => (Client: c, Unit: u)))
            .OrderBy(pair => pair.Unit.Neighbourhood == crowded ? 0 : 1).ThenBy(_ => random.Next()))
        {
            if (pins.Count < 2 + (seed.Get % 4) && Checker.PairViolation(world, client, unit) is null
                && !pins.Any(pin => pin.Client == client.Reference || pin.UnitId == unit.Id))
            {
                pins.Add(new ClientUnitPair(client.Reference, unit.Id));
            }
        }
        var problem = new MatchProblem(world.RegionDefaultLimits, world.Neighbourhoods, world.Units, world.Clients, world.CareTeams,
            world.Agreements, world.Affordability, world.RentYear, world.Period, world.Today, pins, world.Excluded, world.Options,
            world.PlacedEarlier, world.NewPlacementsEarlier);

        var result = World.Solve(problem);

        var infeasible = result.Status == SolveStatus.Infeasible;
        var named = result.Conflicts.Any(conflict => conflict.Kind != ConflictKind.Pin);
        return (infeasible == !BruteForce.HasMatchingWithPins(problem) && (!infeasible || named))
            .Label($"status {result.Status}; {pins.Count} pins; conflicts: {string.Join("; ", result.Conflicts.Select(c => c.Detail))}");
    }
}
