using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Solver.Eligibility;
using BeschermdThuis.Matching.Solver.Problem;
using BeschermdThuis.Matching.Solver.Results;

namespace BeschermdThuis.Matching.Solver.Explanations;

/// <summary>The change in one goal if the pair were forced.</summary>
public sealed record TierChange(MatchGoal Goal, long? Before, long? After)
{
    public long? Delta => Before is { } b && After is { } a ? a - b : null;
}

/// <summary>
/// The answer to "why not this client in this unit?": the failed rules; or, for an eligible pair, what forcing it
/// costs per goal and which clients would lose their home; or the conflicts that make forcing it impossible.
/// </summary>
public sealed record WhyNotAnswer(
    ClientReference Client,
    string UnitId,
    bool Eligible,
    bool AlreadyMatched,
    IReadOnlyList<RuleFailure> Failures,
    SolveStatus? ForcedStatus,
    IReadOnlyList<TierChange> Changes,
    IReadOnlyList<ClientReference> Displaced,
    IReadOnlyList<ConstraintConflict> Conflicts);

public static class WhyNot
{
    public static WhyNotAnswer Ask(MatchProblem problem, MatchResult result, ClientReference client, string unitId, CancellationToken cancellation = default)
    {
        var index = new EligibilityIndex(problem);
        var failures = index.Evaluate(index.ClientIndex(client), index.UnitIndex(unitId));
        if (failures.Count > 0)
        {
            return new WhyNotAnswer(client, unitId, false, false, failures, null, [], [], []);
        }
        if (result.PairOf(client) is { } pair && pair.UnitId == unitId)
        {
            return new WhyNotAnswer(client, unitId, true, true, [], result.Status, [], [], []);
        }
        var conflicting = problem.Pinned.Where(p => p.Client == client || p.UnitId == unitId).ToList();
        if (conflicting.Count > 0)
        {
            return new WhyNotAnswer(client, unitId, true, false, [], SolveStatus.Infeasible, [], [],
                [.. conflicting.Select(p => new ConstraintConflict(ConflictKind.Pin, p.ToString(), 1, 1, $"pinned pair {p}"))]);
        }
        var forced = MatchEngine.Solve(problem.WithPin(new ClientUnitPair(client, unitId)), cancellation: cancellation);
        var changes = result.Tiers.Select(t => new TierChange(t.Goal, t.Objective, forced.Tier(t.Goal)?.Objective)).ToList();
        var housedAfter = forced.Pairs.Select(p => p.Client).ToHashSet();
        var displaced = result.Pairs.Select(p => p.Client).Where(c => !housedAfter.Contains(c)).ToList();
        return new WhyNotAnswer(client, unitId, true, false, [], forced.Status, changes, displaced, forced.Conflicts);
    }
}
