using BeschermdThuis.Matching.Solver.Problem;
using Google.OrTools.Sat;

namespace BeschermdThuis.Matching.Solver.Search;

/// <summary>
/// The CP-SAT parameters of a match's searches: workers, seed, the deterministic schedule, the linearisation and the time
/// left.
/// </summary>
internal static class SearchParameters
{
    /// <summary>
    /// Subsolver tasks per deterministic batch (CP-SAT chooses when left at 0, its default). Ten gave the shortest proofs
    /// on the demo region with 2 workers (benchmarks/RESULTS.md); 4 and 20 were slower than the default. The batch size
    /// only changes the fixed schedule, so the same input and seed still give the same result.
    /// </summary>
    internal const int InterleaveBatchSize = 10;

    /// <summary>
    /// Every constraint in CP-SAT's LP, with its cuts (CP-SAT's default, 1, leaves most of them out). When the relaxation
    /// leaves a goal open it is because of the peer-limit rows, and only this LP's cuts close that gap: on 200 × 500
    /// instances (issue 14; one worker, back to back) Spread's housing goal was proven in 4.3 s instead of not within 60 s,
    /// and Tight and Demo instances that needed search were proven within 6-25 s where the default had not finished in 30 s.
    /// </summary>
    internal const int FullLinearization = 2;

    public static SatParameters For(MatchOptions options, TimeSpan? remaining)
    {
        var parameters = new SatParameters
        {
            NumWorkers = options.Workers,
            RandomSeed = options.RandomSeed,
            LinearizationLevel = FullLinearization,
        };
        if (options.DeterministicSearch && options.Workers > 1)
        {
            parameters.InterleaveSearch = true;
            parameters.InterleaveBatchSize = InterleaveBatchSize;
        }
        if (remaining is { } r)
        {
            parameters.MaxTimeInSeconds = Math.Max(0.001, r.TotalSeconds);
        }
        return parameters;
    }
}
