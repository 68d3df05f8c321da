using BeschermdThuis.Matching.DemoRegion.Population;
using BeschermdThuis.Matching.Solver.Model;
using BeschermdThuis.Matching.Solver.Search;

namespace BeschermdThuis.Matching.Solver.Tests;

/// <summary>The housing goal's start (<see cref="HousingFlow"/>): a solution of the whole model, and its second flow at peer levels.</summary>
public sealed class HousingFlowTests
{
    [Theory]
    [InlineData(PopulationFamily.Spread)]
    [InlineData(PopulationFamily.Tight)]
    public void Start_SatisfiesTheModel_AndTheLevelledFlowNeverLosesToTheRepairAlone(PopulationFamily family)
    {
        var better = 0;
        for (var seed = 1; seed <= 10; seed++)
        {
            var model = World.Model(FamilyMipAgreementTests.Create(family, seed, new DemoPopulationSize(250, 100)));
            var repaired = HousingFlow.Solve(model.Index, model.Pairs, model.Scores, [], atPeerLevels: false)!;
            var start = HousingFlow.Solve(model.Index, model.Pairs, model.Scores, [])!;

            Assert.True(start.Value >= repaired.Value, $"{family} seed {seed}: {start.Value} with the levelled flow, {repaired.Value} without");
            Assert.True(start.Value <= start.UpperBound);
            Assert.True(Satisfies(model, start.Placed), $"{family} seed {seed}: the start breaks the model");
            better += start.Value > repaired.Value ? 1 : 0;
        }
        Assert.True(better > 0, $"the levelled flow beat the repair on no {family} instance");
    }

    // The placement completed with the counts and excesses it implies (MatchModel.HintValues), checked against every row.
    private static bool Satisfies(MatchModel model, bool[] placed) =>
        ModelSolutionCheck.Satisfies(model.Cp.Model, model.ModelValues(model.HintValues(placed)!));
}
