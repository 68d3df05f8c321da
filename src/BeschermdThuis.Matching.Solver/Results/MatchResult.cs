using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Solver.Problem;

namespace BeschermdThuis.Matching.Solver.Results;

/// <summary>The outcome of one match, with everything needed to reproduce and explain it.</summary>
public sealed record MatchResult(
    SolveStatus Status,
    IReadOnlyList<MatchedPair> Pairs,
    IReadOnlyList<ClientReference> Unmatched,
    IReadOnlyList<TierOutcome> Tiers,
    IReadOnlyList<ConstraintConflict> Conflicts,
    int EligiblePairCount,
    TimeSpan WallTime,
    string OrToolsVersion,
    string InputHash,
    int RandomSeed)
{
    public TierOutcome? Tier(MatchGoal goal) => Tiers.FirstOrDefault(t => t.Goal == goal);

    public MatchedPair? PairOf(ClientReference client) => Pairs.FirstOrDefault(p => p.Client == client);
}
