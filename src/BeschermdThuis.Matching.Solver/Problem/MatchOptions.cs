using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Solver.Problem;

/// <summary>
/// How to run one match: the policy, and the solver's time limit, number of workers and random seed.
/// With <see cref="DeterministicSearch"/> the parallel workers interleave in a fixed schedule, so the same input
/// and seed give the same pairs (as long as no time limit cuts the search short).
/// </summary>
public sealed record MatchOptions
{
    public MatchOptions(MatchPolicy policy, TimeSpan? timeLimit = null, int workers = 1, int randomSeed = 1, bool deterministicSearch = true)
    {
        new Validator()
            .Nested("policy.", () => policy.Validate())
            .Require(timeLimit is null || (timeLimit > TimeSpan.Zero && timeLimit <= TimeSpan.FromHours(2)), "time_limit", "must be between 0 and 2 hours")
            .Require(workers is >= 1 and <= 64, "workers", "must be between 1 and 64")
            .Require(randomSeed >= 0, "random_seed", "must not be negative")
            .ThrowIfInvalid();
        Policy = policy;
        TimeLimit = timeLimit;
        Workers = workers;
        RandomSeed = randomSeed;
        DeterministicSearch = deterministicSearch;
    }

    public MatchPolicy Policy { get; }

    /// <summary>The time for all tiers together; null means solve every tier to optimality.</summary>
    public TimeSpan? TimeLimit { get; }

    public int Workers { get; }

    public int RandomSeed { get; }

    public bool DeterministicSearch { get; }

    public MatchOptions WithTimeLimit(TimeSpan? timeLimit) => new(Policy, timeLimit, Workers, RandomSeed, DeterministicSearch);
}
