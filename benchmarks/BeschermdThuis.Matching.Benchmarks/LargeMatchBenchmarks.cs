using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BeschermdThuis.Matching.Benchmarks.Baselines;
using BeschermdThuis.Matching.Benchmarks.Workloads;
using BeschermdThuis.Matching.DemoRegion.Population;
using BeschermdThuis.Matching.Solver.Eligibility;
using BeschermdThuis.Matching.Solver.Model;
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
    private readonly List<string> _outcomes = [];

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
    public long MinCostFlowFloor()
    {
        var value = FlowFloor.Solve(_problem, _index);
        _outcomes.Add($"2000x5000 min-cost flow: housing {value}");
        return value;
    }

    [Benchmark(Description = "MatchEngine.Solve, 5 lexicographic tiers")]
    public int Engine()
    {
        var result = MatchEngine.Solve(_problem);
        _outcomes.Add($"2000x5000 engine: {result.Status}, {result.Pairs.Count} pairs, eligible {result.EligiblePairCount}, tiers "
            + string.Join("; ", result.Tiers.Select(t => $"{t.Goal} {t.Status} {t.Objective}/{t.BestBound} {t.WallTime.TotalSeconds:0.0}s")));
        return result.Pairs.Count;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var line in _outcomes)
        {
            Console.WriteLine($"// OUTCOME {line}");
        }
        _outcomes.Clear();
    }
}
