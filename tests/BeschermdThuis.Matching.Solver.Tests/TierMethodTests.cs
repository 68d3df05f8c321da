using BeschermdThuis.Matching.DemoRegion.Population;
using BeschermdThuis.Matching.Solver.Results;

namespace BeschermdThuis.Matching.Solver.Tests;

/// <summary>
/// The goals are settled by different steps (relaxation, the earlier goal's solution at the bound, level branching,
/// diving, CP-SAT near the relaxation, CP-SAT); on a fixed set of
/// random instances every step that settles a goal must still give the brute-force optimum, and the set must reach the
/// CP-SAT steps too, so that they stay tested while the relaxation answers most goals.
/// </summary>
public sealed class TierMethodTests
{
    // 1,500 instances of 4-6 clients x 4-6 units: small enough to enumerate, and only a few percent of their goals
    // have a fractional relaxation, so it takes this many to reach the level branching and the CP-SAT search (about 3 s).
    [Fact]
    public void FixedRandomInstances_EveryStepGivesTheBruteForceOptimum()
    {
        var used = new Dictionary<TierMethod, int>();
        for (var seed = 1; seed <= 1500; seed++)
        {
            var problem = RandomWorld.Create(seed, 4 + (seed % 3), 4 + (seed / 3 % 3));
            var result = World.Solve(problem);
            var expected = BruteForce.LexicographicOptimum(problem);
            Assert.Equal(expected, result.Tiers.Select(t => t.Objective ?? long.MinValue).ToArray());
            foreach (var method in result.Tiers.Select(t => t.Method).OfType<TierMethod>())
            {
                used[method] = used.GetValueOrDefault(method) + 1;
            }
        }
        // Measured 2026-12-02: Flow 1,348, Relaxation 6,094, LevelBranching 50, Search 5, EarlierGoal 3 goals. The three
        // goals that diving used to settle are those where the earlier goal's solution already reaches the bound.
        var tally = string.Join(", ", used.Select(kv => $"{kv.Key}: {kv.Value}"));
        Assert.True(new[] { TierMethod.Relaxation, TierMethod.LevelBranching, TierMethod.Search, TierMethod.EarlierGoal }.All(used.ContainsKey), tally);
    }

    // Diving no longer settles any goal of the random instances above (the earlier goal's solution reached those bounds),
    // so it is tested on a family instance where it does: scanned 2026-12-02, the only one among Demo, Spread and Tight
    // at 60 clients on 150 units, seeds 1-40.
    [Fact]
    public void TightFamilyInstance_GoalSettledByDiving_EqualsTheMipBaseline()
    {
        var problem = FamilyMipAgreementTests.Create(PopulationFamily.Tight, 10, new DemoPopulationSize(150, 60));

        var (engine, _) = FamilyMipAgreementTests.EngineEqualsMip(problem, "tight seed 10");

        Assert.Contains(engine.Tiers, t => t.Method == TierMethod.Diving);
    }
}
