using BeschermdThuis.Matching.Solver.Problem;

namespace BeschermdThuis.Matching.Solver.Results;

/// <summary>
/// How one goal was solved; the objective is the maximised score (penalties count negative). <see cref="Method"/> is
/// null for outcomes that predate it or were not solved. A goal searched together with the goal before it (where one
/// weighted goal provably has the same optima as the two in turn) has a zero <see cref="WallTime"/>: the earlier goal's
/// covers both, and both report the step that settled them.
/// </summary>
public sealed record TierOutcome(MatchGoal Goal, SolveStatus Status, long? Objective, long? BestBound, double? Gap, TimeSpan WallTime, TierMethod? Method = null);
