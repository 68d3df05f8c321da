using BeschermdThuis.Matching.Solver.Problem;
using Google.OrTools.Sat;

namespace BeschermdThuis.Matching.Solver.Search;

/// <summary>The CP-SAT parameters of a match's searches: workers, seed, the deterministic schedule and the time left.</summary>
internal static class SearchParameters
{
    /// <summary>
    /// Subsolver tasks per deterministic batch (CP-SAT chooses when left at 0, its default). Ten gave the shortest proofs
    /// on the demo region with 2 workers (benchmarks/RESULTS.md); 4 and 20 were slower than the default. The batch size
    /// only changes the fixed schedule, so the same input and seed still give the same result.
    /// </summary>
    internal const int InterleaveBatchSize = 10;

    public static SatParameters For(MatchOptions options, TimeSpan? remaining)
    {
        var parameters = new SatParameters
        {
            NumWorkers = options.Workers,
            RandomSeed = options.RandomSeed,
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
