using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Solver.Problem;

namespace BeschermdThuis.Matching.Application.Matching;

/// <summary>
/// What a caller asks for: a match for a region and placement period. Null options take the defaults:
/// time limit none (solve to optimality, the call's deadline still applies), 1 worker, seed 1, the configured goal
/// order, the rent year of the period's start, and "as of" the later of today and the period's start.
/// </summary>
public sealed record MatchRunRequest(
    string RegionId,
    DateRange Period,
    TimeSpan? TimeLimit = null,
    int? Workers = null,
    int? Seed = null,
    IReadOnlyList<MatchGoal>? TierOrder = null,
    int? RentYear = null,
    DateOnly? AsOf = null)
{
    /// <summary>
    /// One CP-SAT worker with the full linearisation proved the hard goals several times faster than two (issue 14,
    /// benchmarks/RESULTS.md): two workers share the same time between subsolvers, and only the LP worker closes the gap.
    /// </summary>
    public const int DefaultWorkers = 1;
    public const int DefaultSeed = 1;

    /// <summary>The placement period, checked with the request's field names (period_start, period_end).</summary>
    public static DateRange PlacementPeriod(DateOnly start, DateOnly end) => end < start
        ? throw new DomainValidationException("period_end", $"must not be before period_start ({start:yyyy-MM-dd})")
        : new DateRange(start, end);
}
