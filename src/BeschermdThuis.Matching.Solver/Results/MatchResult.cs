using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Solver.Model;
using BeschermdThuis.Matching.Solver.Problem;

namespace BeschermdThuis.Matching.Solver.Results;

public enum SolveStatus
{
    /// <summary>Proven best.</summary>
    Optimal = 1,

    /// <summary>A valid solution, not proven best (time limit, cancellation, or an earlier tier not proven).</summary>
    Feasible = 2,

    /// <summary>The hard constraints contradict; see <see cref="MatchResult.Conflicts"/>.</summary>
    Infeasible = 3,

    /// <summary>Stopped before any solution was found.</summary>
    Unknown = 4,

    /// <summary>This tier was not reached (stopped earlier).</summary>
    NotSolved = 5,
}

/// <summary>A proposed pair. <see cref="CareTeamId"/> is the team that supports the client there (new or continued).</summary>
public sealed record MatchedPair(
    ClientReference Client,
    string UnitId,
    NeighbourhoodCode Neighbourhood,
    string? CareTeamId,
    bool Pinned,
    ScoreTerms Scores);

/// <summary>What settled a goal (see TierSearch): the step that produced the reported solution.</summary>
public enum TierMethod
{
    /// <summary>The linear relaxation's solution was integral: optimal, with the relaxation's bound as proof.</summary>
    Relaxation = 1,

    /// <summary>Diving in the relaxation reached an integral solution at its bound.</summary>
    Diving = 2,

    /// <summary>CP-SAT on the pairs the relaxation uses reached the relaxation's bound.</summary>
    RelaxationSupport = 3,

    /// <summary>CP-SAT on the whole model.</summary>
    Search = 4,

    /// <summary>
    /// The housing goal as a max-weight matching whose repaired solution met the flow's bound; when the goal is only
    /// feasible, that repaired matching is the best solution found.
    /// </summary>
    Flow = 5,

    /// <summary>Stopped (time limit, deadline) before this goal's own steps found a solution: the goals before it left this one.</summary>
    EarlierGoal = 6,
}

/// <summary>
/// How one goal was solved; the objective is the maximised score (penalties count negative). <see cref="Method"/> is
/// null for outcomes that predate it or were not solved.
/// </summary>
public sealed record TierOutcome(MatchGoal Goal, SolveStatus Status, long? Objective, long? BestBound, double? Gap, TimeSpan WallTime, TierMethod? Method = null);

/// <summary>A progress report: an improving solution within one tier.</summary>
public sealed record MatchProgress(MatchGoal Goal, int TierNumber, long Objective, long BestBound, TimeSpan Elapsed);

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
