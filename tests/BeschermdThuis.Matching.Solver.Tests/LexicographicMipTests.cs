using BeschermdThuis.Matching.Baselines;
using BeschermdThuis.Matching.Solver.Results;

namespace BeschermdThuis.Matching.Solver.Tests;

/// <summary>
/// The MIP baseline (SCIP on the engine's rows, each goal's optimum kept as a row) must give the engine's value on every
/// goal, proven: the lead compares the two goal by goal, so a baseline that is wrong or loose would make the speed
/// comparison meaningless.
/// </summary>
public sealed class LexicographicMipTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    // 1-6 clients x 1-6 units, every combination twice: small enough to enumerate every matching.
    [Fact]
    public void SmallRandomInstances_EveryGoalEqualsTheEngineAndTheBruteForce()
    {
        for (var seed = 1; seed <= 72; seed++)
        {
            var problem = RandomWorld.Create(seed, 1 + (seed % 6), 1 + (seed / 6 % 6));
            var mip = LexicographicMip.Solve(problem, Generous, TestContext.Current.CancellationToken);
            var engine = World.Solve(problem);
            var expected = BruteForce.LexicographicOptimum(problem);
            var values = mip.Goals.Select(g => g.Value ?? long.MinValue).ToArray();
            Assert.True(mip.Proven && mip.Goals.All(g => g.Optimal), $"seed {seed}: not proven");
            Assert.Equal(problem.Options.Policy.Tiers, mip.Goals.Select(g => g.Goal));
            Assert.Equal(expected, values);
            Assert.Equal(engine.Tiers.Select(t => t.Objective ?? long.MinValue), values);
        }
    }

    // Beyond enumeration (up to 12 clients x 24 units, more neighbourhood and peer rows binding): engine and MIP agree.
    [Fact]
    public void LargerRandomInstances_EveryGoalEqualsTheEngine()
    {
        for (var seed = 1; seed <= 40; seed++)
        {
            var problem = RandomWorld.Create(seed, 6 + (seed % 7), 10 + (seed * 7 % 15));
            var mip = LexicographicMip.Solve(problem, Generous, TestContext.Current.CancellationToken);
            var engine = World.Solve(problem);
            Assert.True(mip.Proven, $"seed {seed}: not proven");
            Assert.Equal(SolveStatus.Optimal, engine.Status);
            Assert.Equal(engine.Tiers.Select(t => t.Objective), mip.Goals.Select(g => g.Value));
        }
    }

    [Fact]
    public void Cancelled_NoGoalIsSolvedOrProven()
    {
        var problem = RandomWorld.Create(7, 5, 6);
        var mip = LexicographicMip.Solve(problem, Generous, new CancellationToken(canceled: true));
        Assert.False(mip.Proven);
        Assert.All(mip.Goals, g => Assert.True(g is { Value: null, Optimal: false }));
    }

    [Fact]
    public void IneligiblePin_NoGoalIsSolvedOrProven()
    {
        var units = new[] { World.Unit("unit-0", 0, rent: 5000m) };
        var problem = World.Problem([World.Neighbourhood(0)], units, [World.Client("client-0")], pinned: [World.Pair("client-0", "unit-0")]);
        var mip = LexicographicMip.Solve(problem, Generous, TestContext.Current.CancellationToken);
        Assert.Equal(SolveStatus.Infeasible, World.Solve(problem).Status);
        Assert.False(mip.Proven);
        Assert.All(mip.Goals, g => Assert.Null(g.Value));
    }
}
