using System.Diagnostics;
using BeschermdThuis.Matching.Solver.Model;
using BeschermdThuis.Matching.Solver.Problem;
using BeschermdThuis.Matching.Solver.Results;
using Google.OrTools.Sat;

namespace BeschermdThuis.Matching.Solver.Search;

/// <summary>
/// Maximises one goal of the model, in steps that each stop as soon as the optimum is proven:
/// <list type="number">
/// <item>the linear relaxation (GLOP), with the cuts for clients who must be alone added while it violates them: when its
/// solution is integral it is the optimum, proven by the relaxation's bound;</item>
/// <item>diving in the relaxation while its bound holds;</item>
/// <item>CP-SAT restricted to the pairs the relaxation uses plus those of the best solution so far (a small model, solved
/// in a moment): when it reaches the relaxation's bound it is the optimum;</item>
/// <item>CP-SAT on the whole model, hinted with the best solution so far.</item>
/// </list>
/// Before the last step every pair literal that the relaxation's reduced costs prove cannot take part in a solution as
/// good as the best so far is fixed, and after a proven optimum every literal that no optimal solution changes is fixed,
/// so later goals search a smaller model. All of it is exact: a fixed literal never cuts off a solution the goal keeps.
/// The step that settled the goal is reported as <see cref="TierMethod"/>.
/// </summary>
internal sealed class TierSearch(MatchModel model, MatchOptions options, Stopwatch clock, Action<MatchProgress>? progress, CancellationToken cancellation)
{
    /// <summary>The goal's outcome; <see cref="Values"/> are the values of the model's hint variables.</summary>
    public sealed record Outcome(SolveStatus Status, long? Objective, long? Bound, long[]? Values, TimeSpan Wall, TierMethod Method, string? Invalid = null);

    private readonly HashSet<int> _isPair = [.. model.Assigned.Select(x => x.GetIndex())];

    private CpModelProto Proto => model.Cp.Model;

    /// <summary>
    /// Maximises <paramref name="goal"/>; <paramref name="incumbent"/> is the best solution so far (values of the hint
    /// variables), or null, and <paramref name="incumbentSource"/> the step that found it.
    /// </summary>
    public Outcome Solve(MatchGoal goal, int tierNumber, long[]? incumbent, TierMethod incumbentSource = TierMethod.EarlierGoal) =>
        Solve(model.Goals[goal], goal, tierNumber, incumbent, null, incumbentSource);

    /// <summary>
    /// Maximises <paramref name="expression"/>, reporting progress as <paramref name="goal"/> (none when null), within
    /// the match's time limit and, when given, within <paramref name="budget"/>. Stopped before any step improves on
    /// <paramref name="incumbent"/>, the incumbent is the answer (feasible): it satisfies every goal fixed so far.
    /// </summary>
    public Outcome Solve(LinearExpr expression, MatchGoal? goal, int tierNumber, long[]? incumbent, TimeSpan? budget,
        TierMethod incumbentSource = TierMethod.EarlierGoal)
    {
        _budgetEnd = budget is { } span ? clock.Elapsed + span : null;
        var tierClock = Stopwatch.StartNew();
        model.Cp.Maximize(expression);
        var used = Support(incumbent);
        var startWith = StartColumns(used);
        var relaxation = LinearRelaxation.Solve(Proto, Remaining(), cancellation, startWith);
        var exact = relaxation?.IntegralSolution(Proto);
        for (var round = 0; round < MaxCutRounds && relaxation is not null && exact is null
            && model.PeerCuts.AddViolated(model.Cp, relaxation.Values) > 0; round++)
        {
            relaxation = LinearRelaxation.Solve(Proto, Remaining(), cancellation, startWith);
            exact = relaxation?.IntegralSolution(Proto);
        }
        if (relaxation is not null)
        {
            // No solution exceeds the bound; as a constraint it lets CP-SAT stop the moment a solution reaches it.
            // (Stopping the search from the solution callback instead has crashed the native solver in postsolve.)
            model.Cp.Add(expression <= relaxation.IntegerBound);
            if (exact is not null && ModelSolutionCheck.ObjectiveValue(Proto, exact) is var value && value >= relaxation.IntegerBound)
            {
                return Proven(goal, tierNumber, relaxation, [.. model.HintVariables.Select(v => exact[v.GetIndex()])], value, tierClock, TierMethod.Relaxation);
            }
            if (Dive(relaxation, used, startWith) is { } dived)
            {
                return Proven(goal, tierNumber, relaxation, [.. model.HintVariables.Select(v => dived[v.GetIndex()])],
                    ModelSolutionCheck.ObjectiveValue(Proto, dived), tierClock, TierMethod.Diving);
            }
            var near = SolveNear(relaxation, incumbent, goal, tierNumber);
            if (near is { Values: { } nearValues, Objective: { } nearValue })
            {
                if (nearValue >= relaxation.IntegerBound)
                {
                    return Proven(goal, tierNumber, relaxation, nearValues, nearValue, tierClock, TierMethod.RelaxationSupport);
                }
                if (incumbent is null || nearValue > GoalValue(incumbent))
                {
                    incumbent = nearValues;
                    incumbentSource = TierMethod.RelaxationSupport;
                }
            }
            if (incumbent is not null)
            {
                Fix(relaxation, GoalValue(incumbent));
            }
        }
        var full = RunCpSat(goal, tierNumber, incumbent, Remaining(), relaxation?.IntegerBound);
        if (full.Status == SolveStatus.Optimal && relaxation is not null)
        {
            Fix(relaxation, full.Objective!.Value);
        }
        var bound = (full.Bound, relaxation?.IntegerBound) switch
        {
            ({ } searched, { } relaxed) => Math.Min(searched, relaxed),
            (var searched, var relaxed) => searched ?? relaxed,
        };
        // Checked rather than assumed: the incumbent meets the goals fixed so far, and every fixing keeps such solutions.
        if (full is { Status: SolveStatus.Unknown, Invalid: null } && incumbent is not null
            && ModelValues(incumbent) is var values && ModelSolutionCheck.Satisfies(Proto, values))
        {
            return new Outcome(SolveStatus.Feasible, ModelSolutionCheck.ObjectiveValue(Proto, values), bound, incumbent, tierClock.Elapsed, incumbentSource);
        }
        return full with { Bound = bound, Wall = tierClock.Elapsed };
    }

    private Outcome Proven(MatchGoal? goal, int tierNumber, RelaxationOutcome relaxation, long[] values, long value, Stopwatch tierClock, TierMethod method)
    {
        if (goal is { } reported)
        {
            progress?.Invoke(new MatchProgress(reported, tierNumber, value, value, clock.Elapsed));
        }
        Fix(relaxation, value);
        return new Outcome(SolveStatus.Optimal, value, value, values, tierClock.Elapsed, method);
    }

    // Diving: fix the fractional pair literal closest to 1 to 1 (or, when that lowers the relaxation's bound, to 0) and
    // solve the relaxation again, as long as its bound stays at the goal's bound. An integral solution reached that way
    // is optimal. The domains are restored afterwards.
    private long[]? Dive(RelaxationOutcome root, HashSet<int> used, Func<int, bool>? startWith)
    {
        var fixings = new List<int>();
        var current = root;
        try
        {
            for (var step = 0; step < MaxDivingSteps && !(Remaining() <= TimeSpan.Zero); step++)
            {
                var next = model.Assigned.Select(x => x.GetIndex())
                    .Where(v => current.Values[v] > 1e-6 && current.Values[v] < 1 - 1e-6)
                    .OrderByDescending(v => current.Values[v]).ThenBy(v => v)
                    .FirstOrDefault(-1);
                if (next < 0)
                {
                    return null; // integral pairs, fractional auxiliaries: leave it to CP-SAT
                }
                fixings.Add(next);
                used.Add(next);
                RelaxationOutcome? dived = null;
                foreach (var value in new[] { 1L, 0L })
                {
                    Proto.Variables[next].Domain[0] = value;
                    Proto.Variables[next].Domain[1] = value;
                    dived = LinearRelaxation.Solve(Proto, Remaining(), cancellation, startWith);
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
        finally
        {
            foreach (var v in fixings)
            {
                Proto.Variables[v].Domain[0] = 0;
                Proto.Variables[v].Domain[1] = 1;
            }
        }
    }

    private const int MaxDivingSteps = 50;

    // CP-SAT with every pair literal fixed to 0 that the relaxation leaves at 0 and the incumbent does not use. The
    // incumbent stays feasible there, so this never makes things worse; the domains are restored afterwards.
    // (Keeping also the literals with reduced cost 0 made this model as large as the whole one: the housing score is
    // per client, so the relaxation is highly degenerate.)
    private Outcome? SolveNear(RelaxationOutcome relaxation, long[]? incumbent, MatchGoal? goal, int tierNumber)
    {
        var inIncumbent = Support(incumbent);
        var closed = model.Assigned.Select(x => x.GetIndex())
            .Where(v => Proto.Variables[v].Domain[0] != Proto.Variables[v].Domain[1] && relaxation.Values[v] < 1e-6 && !inIncumbent.Contains(v))
            .ToList();
        foreach (var v in closed)
        {
            Proto.Variables[v].Domain[1] = 0;
        }
        try
        {
            // Growing deterministic-time budgets: a short one ends soon after a solution meets the bound (the
            // interleaved search only notices at the end of a batch, and a batch lasts as long as its longest task).
            Outcome? best = null;
            foreach (var budget in NearDeterministicTimes)
            {
                var half = Remaining() is { } r ? r / 2 : (TimeSpan?)null;
                var near = RunCpSat(goal, tierNumber, best?.Values ?? incumbent, half, relaxation.IntegerBound, budget);
                if (near.Values is not null && (best is null || near.Objective > best.Objective))
                {
                    best = near;
                }
                if (best?.Objective >= relaxation.IntegerBound || near.Status is SolveStatus.Optimal or SolveStatus.Infeasible || Remaining() <= TimeSpan.Zero)
                {
                    break;
                }
            }
            return best;
        }
        finally
        {
            foreach (var v in closed)
            {
                Proto.Variables[v].Domain[1] = 1;
            }
        }
    }

    // With a target (the relaxation's bound), a solution that reaches it is optimal even when CP-SAT stopped first.
    private static readonly double[] NearDeterministicTimes = [0.1, 1, 10];

    private Outcome RunCpSat(MatchGoal? goal, int tierNumber, long[]? hint, TimeSpan? limit, long? target, double? deterministicTime = null)
    {
        if (limit <= TimeSpan.Zero || cancellation.IsCancellationRequested)
        {
            // Not started at all: on a large model presolve alone overruns a tiny limit by about a second.
            return new Outcome(SolveStatus.Unknown, null, null, null, TimeSpan.Zero, TierMethod.Search);
        }
        var solveClock = Stopwatch.StartNew();
        model.Cp.ClearHints();
        if (hint is not null)
        {
            for (var v = 0; v < model.HintVariables.Count; v++)
            {
                model.Cp.AddHint(model.HintVariables[v], hint[v]);
            }
        }
        var parameters = MatchEngine.Parameters(options, limit);
        if (deterministicTime is { } dtime)
        {
            parameters.MaxDeterministicTime = dtime;
        }
        using var solver = new CpSolver { StringParameters = SatParametersText.Format(parameters) };
        using var callback = new ProgressCallback(goal, tierNumber, clock, goal is null ? null : progress);
        using var registration = cancellation.Register(solver.StopSearch);
        var status = solver.Solve(model.Cp, callback);
        var reachedTarget = status == CpSolverStatus.Feasible && (long)Math.Round(solver.ObjectiveValue) >= target;
        return status switch
        {
            CpSolverStatus.Optimal or CpSolverStatus.Feasible => new Outcome(
                status == CpSolverStatus.Optimal || reachedTarget ? SolveStatus.Optimal : SolveStatus.Feasible,
                (long)Math.Round(solver.ObjectiveValue), reachedTarget ? target!.Value : (long)Math.Round(solver.BestObjectiveBound),
                [.. model.HintVariables.Select(solver.Value)], solveClock.Elapsed, TierMethod.Search),
            CpSolverStatus.Infeasible => new Outcome(SolveStatus.Infeasible, null, null, null, solveClock.Elapsed, TierMethod.Search),
            CpSolverStatus.ModelInvalid => new Outcome(SolveStatus.Unknown, null, null, null, solveClock.Elapsed, TierMethod.Search, solver.SolutionInfo()),
            _ => new Outcome(SolveStatus.Unknown, null, null, null, solveClock.Elapsed, TierMethod.Search),
        };
    }

    // Fixes every pair literal that has the same value in all solutions reaching `reached` on the current goal.
    private void Fix(RelaxationOutcome relaxation, long reached)
    {
        foreach (var (v, value) in relaxation.Fixings(model.Assigned.Select(x => x.GetIndex()), reached))
        {
            Proto.Variables[v].Domain[0] = value;
            Proto.Variables[v].Domain[1] = value;
        }
    }

    private long GoalValue(long[] hintValues) => ModelSolutionCheck.ObjectiveValue(Proto, ModelValues(hintValues));

    private long[] ModelValues(long[] hintValues)
    {
        var values = new long[Proto.Variables.Count];
        for (var i = 0; i < hintValues.Length; i++)
        {
            values[model.HintVariables[i].GetIndex()] = hintValues[i];
        }
        return values;
    }

    // A large relaxation starts from the non-pair variables and the incumbent's pairs (the set is read when the columns
    // are chosen, so pairs added to it later count), and generates the other pairs it needs. A small one starts with every column: as fast, and its optimal vertex was integral more often on the demo
    // region (150 x 300: 0.1 s instead of 0.6 s for the housing goal).
    private Func<int, bool>? StartColumns(HashSet<int> used)
    {
        var free = _isPair.Count(v => Proto.Variables[v].Domain[0] != Proto.Variables[v].Domain[1]);
        return free <= AllColumnsUpTo ? null : v => !_isPair.Contains(v) || used.Contains(v);
    }

    private const int AllColumnsUpTo = 50_000;

    private const int MaxCutRounds = 10;

    // The model variables that are non-zero in a solution given as values of the hint variables.
    private HashSet<int> Support(long[]? hintValues)
    {
        var support = new HashSet<int>();
        for (var i = 0; hintValues is not null && i < hintValues.Length; i++)
        {
            if (hintValues[i] != 0)
            {
                support.Add(model.HintVariables[i].GetIndex());
            }
        }
        return support;
    }

    private TimeSpan? _budgetEnd;

    private TimeSpan? Remaining()
    {
        var end = (options.TimeLimit, _budgetEnd) switch
        {
            ({ } limit, { } budget) => limit < budget ? limit : budget,
            (var limit, var budget) => limit ?? budget,
        };
        return end - clock.Elapsed;
    }

    private sealed class ProgressCallback(MatchGoal? goal, int tier, Stopwatch clock, Action<MatchProgress>? progress) : CpSolverSolutionCallback
    {
        public override void OnSolutionCallback()
        {
            if (goal is { } reported)
            {
                progress?.Invoke(new MatchProgress(reported, tier, (long)Math.Round(ObjectiveValue()), (long)Math.Round(BestObjectiveBound()), clock.Elapsed));
            }
        }
    }
}
