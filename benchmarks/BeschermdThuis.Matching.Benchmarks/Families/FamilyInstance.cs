using BeschermdThuis.Matching.Benchmarks.Workloads;
using BeschermdThuis.Matching.DemoRegion.Population;
using BeschermdThuis.Matching.Solver.Eligibility;
using BeschermdThuis.Matching.Solver.Problem;

namespace BeschermdThuis.Matching.Benchmarks.Families;

/// <summary>
/// One instance of a population family (issue 14): the demo region, seed, size and family drawn as
/// <see cref="DemoWorkload"/> draws the demo population, with the engine's time limit set to the cap.
/// </summary>
public sealed record FamilyInstance(PopulationFamily Family, string Size, int Seed, MatchProblem Problem, int EligiblePairs)
{
    public static FamilyInstance Create(PopulationFamily family, string size, int seed, TimeSpan engineCap)
    {
        var problem = DemoWorkload.Create(FamilySettings.ParseSize(size), workers: 1, timeLimit: engineCap, seed: seed, family: family);
        return new FamilyInstance(family, size, seed, problem, new EligibilityIndex(problem).FindEligiblePairs().Count);
    }

    public FamilyRun Run(string solver, TimeSpan cap, TimeSpan wall, bool proven, IReadOnlyList<GoalSettlement> goals) =>
        new(solver, Family.ToString(), Size, Seed, EligiblePairs, cap.TotalSeconds, wall.TotalSeconds, proven, goals);
}
