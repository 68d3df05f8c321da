using BeschermdThuis.Matching.DemoRegion.Population;
using BeschermdThuis.Matching.Solver.Problem;
using BeschermdThuis.Matching.Solver.Search;
using Google.OrTools.Sat;

namespace BeschermdThuis.Matching.Solver.Tests;

/// <summary>The peer levels as literals (<see cref="LevelLiterals"/>) hold in every solution: no goal's optimum moves.</summary>
public sealed class LevelLiteralsTests
{
    [Theory]
    [InlineData(PopulationFamily.Spread)]
    [InlineData(PopulationFamily.Tight)]
    public void EveryGoal_HasTheSameOptimumWithTheLevelLiterals(PopulationFamily family)
    {
        var levels = 0;
        for (var seed = 1; seed <= 8; seed++)
        {
            var model = World.Model(FamilyMipAgreementTests.Create(family, seed));
            levels += model.PeerLevels.Count;
            foreach (var goal in Enum.GetValues<MatchGoal>().Where(model.Goals.ContainsKey))
            {
                model.Cp.Maximize(model.Goals[goal]);
                var plain = Optimum(model.Cp);
                var withLiterals = Optimum(LevelLiterals.With(model.Cp, model.PeerLevels));
                Assert.True(plain == withLiterals, $"{family} seed {seed}, {goal}: {plain} without the literals, {withLiterals} with them");
            }
        }
        Assert.True(levels > 0, "no instance had a neighbourhood whose peer limits bind");
    }

    private static long? Optimum(CpModel model)
    {
        var solver = new CpSolver { StringParameters = "num_workers:1 max_time_in_seconds:30" };
        return solver.Solve(model) == CpSolverStatus.Optimal ? (long)Math.Round(solver.ObjectiveValue) : null;
    }
}
