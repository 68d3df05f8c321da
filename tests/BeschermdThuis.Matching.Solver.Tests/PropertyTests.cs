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
}
