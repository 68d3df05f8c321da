using BeschermdThuis.Matching.Solver.Results;

namespace BeschermdThuis.Matching.Solver.Search;

internal sealed partial class TierSearch
{
    private const int MaxDivingSteps = 50;

    // A large relaxation starts from the non-pair variables and the incumbent's pairs (the set is read when the columns
    // are chosen, so pairs added to it later count), and generates the other pairs it needs. A small one starts with
    // every column: as fast, and its optimal vertex was integral more often on the demo region (150 x 300: 0.1 s
    // instead of 0.6 s for the housing goal).
    private const int AllColumnsUpTo = 50_000;

    // With a target (the relaxation's bound), a solution that reaches it is optimal even when CP-SAT stopped first.
    private static readonly double[] NearDeterministicTimes = [0.1, 1, 10];

    // Diving: fix the fractional pair literal closest to 1 to 1 (or, when that lowers the relaxation's bound, to 0) and
    // solve the relaxation again, as long as its bound stays at the goal's bound. An integral solution reached that way
    // is optimal. The domains are restored afterwards.
    private long[]? Dive(SearchBudget budget, RelaxationOutcome root, HashSet<int> used, Func<int, bool>? startWith)
    {
        using var fixings = new FixedDomains(Proto);
        var current = root;
        for (var step = 0; step < MaxDivingSteps && !budget.IsUsedUp; step++)
        {
            var next = model.Assigned.Select(x => x.GetIndex())
                .Where(v => current.Values[v] > 1e-6 && current.Values[v] < 1 - 1e-6)
                .OrderByDescending(v => current.Values[v]).ThenBy(v => v)
                .FirstOrDefault(-1);
            if (next < 0)
            {
                return null; // integral pairs, fractional auxiliaries: leave it to CP-SAT
            }
            used.Add(next);
            RelaxationOutcome? dived = null;
            foreach (var value in new[] { 1L, 0L })
            {
                fixings.Fix(next, value);
                dived = LinearRelaxation.Solve(Proto, budget.Remaining, cancellation, startWith);
                if (dived is not null && dived.IntegerBound >= root.IntegerBound)
                {
                    break;
                }
                dived = null;
            }
            if (dived is null)
            {
                return null;
            }
            if (dived.IntegralSolution(Proto) is { } exact && ModelSolutionCheck.ObjectiveValue(Proto, exact) >= root.IntegerBound)
            {
                return exact;
            }
            current = dived;
        }
        return null;
    }

    // Step 3: CP-SAT with every pair literal fixed to 0 that the relaxation leaves at 0 and the incumbent does not use.
    // The incumbent stays feasible there, so this never makes things worse; the domains are restored afterwards.
    // (Keeping also the literals with reduced cost 0 made this model as large as the whole one: the housing score is
    // per client, so the relaxation is highly degenerate.)
    private Outcome? SearchNearRelaxation(Tier tier, RelaxationOutcome relaxation, long[]? incumbent)
    {
        var inIncumbent = Support(incumbent);
        using var closed = new FixedDomains(Proto);
        foreach (var v in model.Assigned.Select(x => x.GetIndex())
            .Where(v => Proto.Variables[v].Domain[0] != Proto.Variables[v].Domain[1] && relaxation.Values[v] < 1e-6 && !inIncumbent.Contains(v))
            .ToList())
        {
            closed.Exclude(v);
        }
        // Growing deterministic-time budgets: a short one ends soon after a solution meets the bound (the
        // interleaved search only notices at the end of a batch, and a batch lasts as long as its longest task).
        Outcome? best = null;
        foreach (var deterministicTime in NearDeterministicTimes)
        {
            var half = tier.Budget.Remaining is { } r ? r / 2 : (TimeSpan?)null;
            var near = RunCpSat(tier, best?.Values ?? incumbent, half, relaxation.IntegerBound, deterministicTime);
            if (near.Values is not null && (best is null || near.Objective > best.Objective))
            {
                best = near;
            }
            if (best?.Objective >= relaxation.IntegerBound || near.Status is SolveStatus.Optimal or SolveStatus.Infeasible || tier.Budget.IsUsedUp)
            {
                break;
            }
        }
        return best;
    }

    private Func<int, bool>? StartColumns(HashSet<int> used) =>
        FreePairs() <= AllColumnsUpTo ? null : v => !_isPair.Contains(v) || used.Contains(v);
}
