using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BeschermdThuis.Matching.Benchmarks.Workloads;
using BeschermdThuis.Matching.DemoRegion.Population;
using BeschermdThuis.Matching.Solver.Eligibility;
using BeschermdThuis.Matching.Solver.Problem;

namespace BeschermdThuis.Matching.Benchmarks;

/// <summary>
/// The full match at 2,000 clients × 5,000 units (10 M pairs, 1.48 M eligible) on the demo region, every constraint
/// family on, against the <c>MinCostFlow</c> floor (baseline). The naive CP-SAT model of <see cref="MatchBenchmarks"/>
/// is left out here: through the C# model API it needed more than 17 GB and was still building after 5 minutes
/// (benchmarks/RESULTS.md), so it cannot run on a 24 GB machine.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class LargeMatchBenchmarks
{
    private const string Size = "2000x5000";

    private readonly MatchRuns _runs = new();

    private MatchProblem _problem = null!;
    private EligibilityIndex _index = null!;

    [GlobalSetup]
    public void Setup()
    {
        var size = new DemoPopulationSize(5000, 2000);
        _problem = DemoWorkload.Create(size, MatchBenchmarks.Pins, workers: 2, timeLimit: TimeSpan.FromSeconds(MatchBenchmarks.TimeLimitSeconds));
        _index = new EligibilityIndex(_problem);
    }

    [Benchmark(Baseline = true, Description = "(b) MinCostFlow, assignment + neighbourhood room")]
    public long MinCostFlowFloor() => _runs.MinCostFlowFloor(Size, _problem, _index);

    [Benchmark(Description = "MatchEngine.Solve, 5 lexicographic tiers")]
    public int Engine() => _runs.Engine(Size, _problem);

    [GlobalCleanup]
    public void Cleanup() => _runs.Print();
}
