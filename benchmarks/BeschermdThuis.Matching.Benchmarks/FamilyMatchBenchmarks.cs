using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BeschermdThuis.Matching.Baselines;
using BeschermdThuis.Matching.Benchmarks.Families;
using BeschermdThuis.Matching.DemoRegion.Population;
using BeschermdThuis.Matching.Solver;
using BeschermdThuis.Matching.Solver.Eligibility;
using BeschermdThuis.Matching.Solver.Problem;
using BeschermdThuis.Matching.Solver.Results;

namespace BeschermdThuis.Matching.Benchmarks;

/// <summary>
/// Issue 14: the engine against the SCIP baseline (<see cref="LexicographicMip"/>) and the <c>MinCostFlow</c> floor on
/// the population families, sizes and seeds of <see cref="FamilySettings"/>, one run per instance, by default after one
/// warm-up run of the same solver on a small instance (<see cref="FamilyInstance.WarmUp"/>). Each run appends
/// its outcome (proven or not within the cap, how each goal was settled) to <see cref="FamilySettings.CsvPath"/>;
/// <c>--summarise-families</c> turns those lines into the table of benchmarks/RESULTS.md.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class FamilyMatchBenchmarks
{
    private FamilyInstance _instance = null!;
    private FamilyRun? _run;

    [ParamsSource(nameof(Families))]
    public PopulationFamily Family { get; set; }

    [ParamsSource(nameof(Sizes))]
    public string Size { get; set; } = "";

    [ParamsSource(nameof(Seeds))]
    public int Seed { get; set; }

    public static IEnumerable<PopulationFamily> Families => FamilySettings.Families;

    public static IEnumerable<string> Sizes => FamilySettings.Sizes;

    public static IEnumerable<int> Seeds => FamilySettings.Seeds;

    [GlobalSetup(Target = nameof(Engine))]
    public void SetupEngine() => Setup(problem => MatchEngine.Solve(problem));

    [GlobalSetup(Target = nameof(LexicographicMip))]
    public void SetupMip() => Setup(problem => Baselines.LexicographicMip.Solve(problem, FamilySettings.MipCap, FamilySettings.MipWorkers));

    [GlobalSetup(Target = nameof(MinCostFlowFloor))]
    public void SetupFloor() => Setup(problem => FlowFloor.Solve(problem, new EligibilityIndex(problem)));

    // The instance to measure, and the solver's warm-up call on the small one (FamilyInstance.WarmUp), when it is on.
    private void Setup(Action<MatchProblem> warmUp)
    {
        _instance = FamilyInstance.Create(Family, Size, Seed, FamilySettings.EngineCap);
        if (_instance.WarmUp(FamilySettings.EngineCap) is { } small)
        {
            warmUp(small.Problem);
        }
    }

    [Benchmark(Description = "MatchEngine.Solve, 1 worker (the default)")]
    public int Engine()
    {
        var clock = Stopwatch.StartNew();
        var result = MatchEngine.Solve(_instance.Problem);
        var wall = clock.Elapsed;
        var goals = result.Tiers.Select(t => new GoalSettlement(
            t.Goal.ToString(), t.Method?.ToString() ?? "none", t.Status.ToString(), t.Objective, t.WallTime.TotalSeconds)).ToList();
        var proven = result.Tiers.Count == _instance.Problem.Options.Policy.Tiers.Count && result.Tiers.All(t => t.Status == SolveStatus.Optimal);
        _run = _instance.Run("engine", FamilySettings.EngineCap, wall, proven, goals, FamilySettings.WarmUp);
        return result.Pairs.Count;
    }

    [Benchmark(Description = "LexicographicMip (SCIP)")]
    public bool LexicographicMip()
    {
        var cap = FamilySettings.MipCap;
        var clock = Stopwatch.StartNew();
        var outcome = Baselines.LexicographicMip.Solve(_instance.Problem, cap, FamilySettings.MipWorkers);
        var wall = clock.Elapsed;
        var goals = outcome.Goals.Select(g => new GoalSettlement(
            g.Goal.ToString(), g.Optimal ? "optimal" : g.Value is null ? "unsolved" : "feasible", g.Optimal ? "Optimal" : "NotProven",
            g.Value, g.Wall.TotalSeconds)).ToList();
        _run = _instance.Run("mip", cap, wall, outcome.Proven, goals, FamilySettings.WarmUp);
        return outcome.Proven;
    }

    // The floor builds its own eligibility index, as the engine and the MIP do inside their calls.
    [Benchmark(Description = "MinCostFlow floor (eligibility included)")]
    public long MinCostFlowFloor()
    {
        var clock = Stopwatch.StartNew();
        var housing = FlowFloor.Solve(_instance.Problem, new EligibilityIndex(_instance.Problem));
        var wall = clock.Elapsed;
        _run = _instance.Run("floor", TimeSpan.Zero, wall, true, [new GoalSettlement("Housing", "flow", "Bound", housing, wall.TotalSeconds)], FamilySettings.WarmUp);
        return housing;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _run?.Record();
        _run = null;
    }
}
