using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BeschermdThuis.Matching.Baselines;
using BeschermdThuis.Matching.Benchmarks.Families;
using BeschermdThuis.Matching.DemoRegion.Population;
using BeschermdThuis.Matching.Solver.Eligibility;
using Google.OrTools.Sat;

namespace BeschermdThuis.Matching.Benchmarks;

/// <summary>
/// The naive CP-SAT baseline on the population families at 200 × 500 only: at the larger sizes its model of a variable
/// per pair cannot be built in memory (see <see cref="LargeMatchBenchmarks"/>). One blended objective, so
/// "proven" means CP-SAT proved the blend optimal within <c>FAMILY_NAIVE_CAP</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class FamilyNaiveCpSatBenchmarks
{
    private const string Size = "200x500";

    private FamilyInstance _instance = null!;
    private FamilyRun? _run;

    [ParamsSource(nameof(Families))]
    public PopulationFamily Family { get; set; }

    [ParamsSource(nameof(Seeds))]
    public int Seed { get; set; }

    public static IEnumerable<PopulationFamily> Families => FamilySettings.Families;

    public static IEnumerable<int> Seeds => FamilySettings.Seeds;

    [GlobalSetup]
    public void Setup()
    {
        _instance = FamilyInstance.Create(Family, Size, Seed, FamilySettings.EngineCap);
        if (_instance.WarmUp(FamilySettings.EngineCap) is { } warmUp)
        {
            NaiveCpSatMatch.Solve(warmUp.Problem, new EligibilityIndex(warmUp.Problem), FamilySettings.NaiveCap);
        }
    }

    [Benchmark(Description = "Naive CP-SAT, blended objective")]
    public CpSolverStatus NaiveCpSat()
    {
        var cap = FamilySettings.NaiveCap;
        var clock = Stopwatch.StartNew();
        var status = NaiveCpSatMatch.Solve(_instance.Problem, new EligibilityIndex(_instance.Problem), cap);
        var wall = clock.Elapsed;
        var proven = status == CpSolverStatus.Optimal;
        _run = _instance.Run("naive", cap, wall, proven, [new GoalSettlement("Blend", "cp-sat", status.ToString(), null, wall.TotalSeconds)], FamilySettings.WarmUp);
        return status;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _run?.Record();
        _run = null;
    }
}
