using BeschermdThuis.Matching.DemoRegion.Population;
using BeschermdThuis.Matching.Solver.Results;

namespace BeschermdThuis.Matching.Solver.Tests;

/// <summary>
/// The branch-and-bound over the peer levels (TierMethod.LevelBranching) settles goals whose relaxation the peer limits
/// make fractional. On spread-family instances large enough for that to happen, every goal it settles must be the MIP
/// baseline's optimum, and it must settle some, so that the step stays tested.
/// </summary>
public sealed class LevelBranchingTests
{
    [Fact]
    public void SpreadFamily_GoalsSettledByPeerLevels_EqualTheMipBaseline()
    {
        var settled = 0;
        for (var seed = 1; seed <= Seeds; seed++)
        {
            var problem = FamilyMipAgreementTests.Create(PopulationFamily.Spread, seed, new DemoPopulationSize(Units, Clients));
            var (engine, _) = FamilyMipAgreementTests.EngineEqualsMip(problem, $"spread seed {seed}");
            settled += engine.Tiers.Count(t => t.Method == TierMethod.LevelBranching);
        }
        Assert.True(settled >= MinimumSettled, $"{settled} goals settled by peer levels");
    }

    // A model too large for a relaxation that starts with every column (over 50,000 free pairs) still gets the level
    // branching: the tight family at 1,000 clients on 2,500 units, seed 11, whose housing relaxation breaks peer levels
    // with 74,800 free pairs. By levels it takes 3 nodes and the match about 9 s; before, CP-SAT took 38 s for that goal
    // (2026-12-02). No baseline here (SCIP does not prove this size in minutes): the engine's own bound proves each goal,
    // and the independent checker passes every pair.
    [Fact]
    public void TightFamilyAbove50000FreePairs_HousingSettledByPeerLevels()
    {
        var problem = FamilyMipAgreementTests.Create(PopulationFamily.Tight, 11, new DemoPopulationSize(2500, 1000));

        var result = World.Solve(problem);

        Assert.All(result.Tiers, t => Assert.Equal(SolveStatus.Optimal, t.Status));
        Assert.Equal(TierMethod.LevelBranching, result.Tiers.Single(t => t.Goal == Problem.MatchGoal.Housing).Method);
        Assert.Empty(Checker.Violations(problem, [.. result.Pairs.Select(p => (p.Client, p.UnitId, p.CareTeamId))]));
    }

    // 60 clients on 150 units: at 20 on 60 (FamilyMipAgreementTests) the relaxation is rarely broken by a peer limit.
    // Measured 2026-12-02: 32 of 100 goals over seeds 1-20, 13 of 20 over seeds 1-4 (about 14 s with SCIP).
    private const int Seeds = 4;
    private const int Units = 150;
    private const int Clients = 60;
    private const int MinimumSettled = 3;
}
