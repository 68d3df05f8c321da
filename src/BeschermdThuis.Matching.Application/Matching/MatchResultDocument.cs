using BeschermdThuis.Matching.Solver.Problem;
using BeschermdThuis.Matching.Solver.Results;

namespace BeschermdThuis.Matching.Application.Matching;

/// <summary>The result of a stored run. Clients and units are named by their API resource names.</summary>
public sealed record MatchResultDocument(
    SolveStatus Status,
    IReadOnlyList<TierDocument> Tiers,
    string OrToolsVersion,
    string InputHash,
    int Seed,
    int EligiblePairCount,
    double WallTimeSeconds,
    int ClientCount,
    int UnitCount,
    IReadOnlyList<PairDocument> Pairs,
    IReadOnlyList<UnmatchedDocument> Unmatched,
    IReadOnlyList<ConflictDocument> Conflicts);

public sealed record TierDocument(MatchGoal Goal, SolveStatus Status, long? Objective, long? BestBound, double? Gap, double WallTimeSeconds, TierMethod? Method = null);

/// <summary>A pair; <see cref="Municipality"/> is the client's responsible municipality (who may see it).</summary>
public sealed record PairDocument(
    string Client,
    string Municipality,
    string Unit,
    string Neighbourhood,
    string? CareTeam,
    bool Pinned,
    ScoreDocument Scores);

/// <summary>What the pair adds to each goal, with the facts behind the numbers (a copy of the solver's score terms).</summary>
public sealed record ScoreDocument(
    long Housing,
    int DaysPastReadiness,
    int? AreaRank,
    int? DwellingTypeRank,
    long Wishes,
    int? SupportDistanceMetres,
    bool CareTeamKept,
    long Recovery,
    long Stability);

public sealed record UnmatchedDocument(string Client, string Municipality);

public sealed record ConflictDocument(ConflictKind Kind, string Subject, int Limit, int PinnedDemand, string Detail);
