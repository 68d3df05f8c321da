using BenchmarkDotNet.Attributes;
using BeschermdThuis.Matching.Baselines;
using BeschermdThuis.Matching.Benchmarks.Workloads;
using BeschermdThuis.Matching.DemoRegion.Population;
using BeschermdThuis.Matching.Solver.Eligibility;
using BeschermdThuis.Matching.Solver.Problem;

namespace BeschermdThuis.Matching.Benchmarks;

/// <summary>
/// Eligibility on the demo region's Large population: 2,000 clients × 5,000 units = 10,000,000 pairs, real CBS
/// geometry, the real policy and rent limits, on one thread. The naive baseline (a per-pair rule check with NTS
/// geometry and the domain objects, as a first implementation would do) is too slow for 10 M pairs, so it runs on a
/// subsample of the first <see cref="SubsampleClients"/> clients × all units (500,000 pairs); the index runs on the
/// same subsample (so the ratio compares like with like) and on the full 10 M pairs.
/// </summary>
[MemoryDiagnoser]
public class EligibilityBenchmarks
{
    public const int SubsampleClients = 100;

    private MatchProblem _problem = null!;
    private EligibilityIndex _index = null!;
    private NaiveEligibility _naive = null!;

    [GlobalSetup]
    public void Setup()
    {
        _problem = DemoWorkload.Create(DemoPopulationSize.Large);
        _index = new EligibilityIndex(_problem);
        _naive = new NaiveEligibility(_problem);
        if (NaiveSubsample() != FirstFailureSubsample())
        {
            throw new InvalidOperationException("the naive baseline and the index disagree on the subsample");
        }
    }

    [Benchmark(Baseline = true, Description = "Naive NTS per pair, 100 × 5,000 (0.5 M pairs)")]
    public int NaiveSubsample() => _naive.CountEligible(SubsampleClients);

    [Benchmark(Description = "FirstFailure, 100 × 5,000 (0.5 M pairs)")]
    public int FirstFailureSubsample() => CountEligible(SubsampleClients);

    [Benchmark(Description = "FirstFailure, 2,000 × 5,000 (10 M pairs)")]
    public int FirstFailureFull() => CountEligible(_index.ClientCount);

    [Benchmark(Description = "FindEligiblePairs, 2,000 × 5,000 (10 M pairs)")]
    public int FindEligiblePairsFull() => _index.FindEligiblePairs().Count;

    [Benchmark(Description = "EligibilityIndex construction (5,000 units, 2,000 clients)")]
    public int IndexConstruction() => new EligibilityIndex(_problem).UnitCount;

    private int CountEligible(int clients)
    {
        var eligible = 0;
        var units = _index.UnitCount;
        for (var c = 0; c < clients; c++)
        {
            for (var u = 0; u < units; u++)
            {
                if (_index.FirstFailure(c, u) is null)
                {
                    eligible++;
                }
            }
        }
        return eligible;
    }
}
