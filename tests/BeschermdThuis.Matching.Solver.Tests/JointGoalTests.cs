using System.Diagnostics;
using BeschermdThuis.Matching.DemoRegion.Population;
using BeschermdThuis.Matching.Solver.Problem;
using BeschermdThuis.Matching.Solver.Search;

namespace BeschermdThuis.Matching.Solver.Tests;

/// <summary>
/// Two consecutive goals searched as one (issue 14): the joint value tells the first goal's value back, and a match that
/// pairs goals still gets the lexicographic optimum of each (the brute-force and MIP agreement tests check the same on
/// hundreds of small instances, most of which pair goals too).
/// </summary>
public sealed class JointGoalTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(7, 0)]
    [InlineData(7, -6)]
    [InlineData(1_561, -1_560)]
    [InlineData(3, 2)]
    public void FirstOf_GivesTheFirstGoalBack_WhateverTheSecondIs(long weight, long secondLeast)
    {
        var joint = new JointGoal(MatchGoal.Stability, MatchGoal.Spread, weight, secondLeast);
        for (var first = -5L; first <= 5; first++)
        {
            for (var second = secondLeast; second < secondLeast + weight; second++)
            {
                Assert.Equal(first, joint.FirstOf((weight * first) + second));
            }
        }
    }

    [Fact]
    public void TightInstance_PairsStabilityWithSpread_AndEachEqualsTheMipBaseline()
    {
        var problem = FamilyMipAgreementTests.Create(PopulationFamily.Tight, 3, new DemoPopulationSize(150, 60));
        var model = World.Model(problem);
        using var search = new TierSearch(model, problem.Options, Stopwatch.StartNew(), null, TestContext.Current.CancellationToken);

        var joints = search.Joints(problem.Options.Policy.Tiers);
        var (engine, _) = FamilyMipAgreementTests.EngineEqualsMip(problem, "tight seed 3");

        Assert.Equal(MatchGoal.Spread, joints[MatchGoal.Stability].Second);
        Assert.DoesNotContain(MatchGoal.Housing, joints.Keys);
        // The joint search's time is the first goal's; the second reports none of its own.
        Assert.Equal(TimeSpan.Zero, engine.Tiers.Single(t => t.Goal == MatchGoal.Spread).WallTime);
    }
}
