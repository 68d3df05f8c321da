using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BeschermdThuis.Matching.Baselines;
using BeschermdThuis.Matching.Benchmarks.Workloads;
using BeschermdThuis.Matching.DemoRegion.Population;
using BeschermdThuis.Matching.Solver.Eligibility;
using BeschermdThuis.Matching.Solver.Problem;

namespace BeschermdThuis.Matching.Benchmarks;

/// <summary>
/// A full match on the demo region (213 real neighbourhoods) with every constraint family on: neighbourhood limits,
/// spread, peer limits, care-team caseload, agreements (targets and caps) and <see cref="Pins"/> pinned pairs.
/// Each CP-SAT run has a time limit of <see cref="TimeLimitSeconds"/> s on 2 workers; the status of every run is
/// printed at the end (a run that hits the limit did not prove optimality, so its ratio is a bound).
/// One cold run per case: these take seconds to minutes, and the spread between runs is small next to the ratios.
/// The naive baseline runs at the sizes where its model can be built; <see cref="LargeMatchBenchmarks"/> has 2,000 × 5,000.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class MatchBenchmarks
{
    public const int Pins = 20;
    public const int TimeLimitSeconds = 60;

    private readonly MatchRuns _runs = new();

    private MatchProblem _problem = null!;
    private EligibilityIndex _index = null!;

    [Params("150x300", "500x1250")]
    public string Size { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var parts = Size.Split('x');
        var size = new DemoPopulationSize(int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture));
        _problem = DemoWorkload.Create(size, Math.Min(Pins, size.Clients / 5), workers: 2, timeLimit: TimeSpan.FromSeconds(TimeLimitSeconds));
        _index = new EligibilityIndex(_problem);
    }

    [Benchmark(Baseline = true, Description = "(a) naive CP-SAT, blended objective")]
    public int NaiveCpSat()
    {
        var status = NaiveCpSatMatch.Solve(_problem, _index, TimeSpan.FromSeconds(TimeLimitSeconds));
        _runs.Add($"{Size} naive CP-SAT: {status}");
        return (int)status;
    }

    [Benchmark(Description = "(b) MinCostFlow, assignment + neighbourhood room")]
    public long MinCostFlowFloor() => _runs.MinCostFlowFloor(Size, _problem, _index);

    [Benchmark(Description = "MatchEngine.Solve, 5 lexicographic tiers")]
    public int Engine() => _runs.Engine(Size, _problem);

    [GlobalCleanup]
    public void Cleanup() => _runs.Print();
}
