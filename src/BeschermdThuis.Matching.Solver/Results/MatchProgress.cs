using BeschermdThuis.Matching.Solver.Problem;

namespace BeschermdThuis.Matching.Solver.Results;

/// <summary>A progress report: an improving solution within one tier.</summary>
public sealed record MatchProgress(MatchGoal Goal, int TierNumber, long Objective, long BestBound, TimeSpan Elapsed);
