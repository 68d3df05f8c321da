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

    public FamilyRun Run(string solver, TimeSpan cap, TimeSpan wall, bool proven, IReadOnlyList<GoalSettlement> goals, bool warm) =>
        new(solver, Family.ToString(), Size, Seed, EligiblePairs, cap.TotalSeconds, wall.TotalSeconds, proven, goals, warm);

    /// <summary>
    /// A small instance of the same family and another seed for the solver to run once before it is measured, so that
    /// the measured call finds its code compiled, as every call but the first does in a running service (a cold first
    /// call of the engine at 200 × 500 took about 1 s more than the next one in the same process). Null when
    /// <see cref="FamilySettings.WarmUp"/> is off.
    /// </summary>
    public FamilyInstance? WarmUp(TimeSpan cap) =>
        FamilySettings.WarmUp ? Create(Family, FamilySettings.WarmUpSize, FamilySettings.WarmUpSeedOffset + Seed, cap) : null;
}
