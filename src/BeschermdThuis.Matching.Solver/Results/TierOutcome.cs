using BeschermdThuis.Matching.Solver.Problem;

namespace BeschermdThuis.Matching.Solver.Results;

/// <summary>
/// How one goal was solved; the objective is the maximised score (penalties count negative). <see cref="Method"/> is
/// null for outcomes that predate it or were not solved.
/// </summary>
public sealed record TierOutcome(MatchGoal Goal, SolveStatus Status, long? Objective, long? BestBound, double? Gap, TimeSpan WallTime, TierMethod? Method = null);
