using System.Diagnostics;
using BeschermdThuis.Matching.Solver.Problem;
using Google.OrTools.Sat;

namespace BeschermdThuis.Matching.Solver.Model;

/// <summary>
/// Maximises one goal of the model, in three steps that each stop as soon as the optimum is proven:
/// <list type="number">
/// <item>the linear relaxation (GLOP): when its solution is integral it is the optimum, proven by the relaxation's bound;</item>
/// <item>CP-SAT restricted to the pairs the relaxation uses plus those of the best solution so far (a small model, solved
/// in a moment): when it reaches the relaxation's bound it is the optimum;</item>
/// <item>CP-SAT on the whole model, hinted with the best solution so far.</item>
/// </list>
/// Before step 3 every pair literal that the relaxation's reduced costs prove cannot take part in a solution as good as
/// the best so far is fixed, and after a proven optimum every literal that no optimal solution changes is fixed, so
/// later goals search a smaller model. All of it is exact: a fixed literal never cuts off a solution the goal keeps.
/// </summary>
internal sealed class TierSearch(MatchModel model, MatchOptions options, Stopwatch clock, Action<MatchProgress>? progress, CancellationToken cancellation)
{
    /// <summary>The goal's outcome; <see cref="Values"/> are the values of the model's hint variables.</summary>
    public sealed record Outcome(SolveStatus Status, long? Objective, long? Bound, long[]? Values, TimeSpan Wall, string? Invalid = null);

    private CpModelProto Proto => model.Cp.Model;

    /// <summary>Maximises <paramref name="goal"/>; <paramref name="incumbent"/> is the best solution so far (values of the hint variables), or null.</summary>
    public Outcome Solve(MatchGoal goal, int tierNumber, long[]? incumbent)
    {
        var tierClock = Stopwatch.StartNew();
        model.Cp.Maximize(model.Goals[goal]);
        var relaxation = LinearRelaxation.Solve(Proto, Remaining(), cancellation);
        if (relaxation is not null)
        {
            // No solution exceeds the bound; as a constraint it lets CP-SAT stop the moment a solution reaches it.
            // (Stopping the search from the solution callback instead has crashed the native solver in postsolve.)
            model.Cp.Add(model.Goals[goal] <= relaxation.IntegerBound);
            if (relaxation.IntegralSolution(Proto) is { } exact && ModelSolutionCheck.ObjectiveValue(Proto, exact) is var value && value >= relaxation.IntegerBound)
            {
                return Proven(goal, tierNumber, relaxation, [.. model.HintVariables.Select(v => exact[v.GetIndex()])], value, tierClock);
            }
            var near = SolveNear(relaxation, incumbent, goal, tierNumber);
            if (near is { Values: { } nearValues, Objective: { } nearValue })
            {
                if (nearValue >= relaxation.IntegerBound)
                {
                    return Proven(goal, tierNumber, relaxation, nearValues, nearValue, tierClock);
                }
                if (incumbent is null || nearValue > GoalValue(incumbent))
                {
                    incumbent = nearValues;
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
        var bound = full.Bound is { } b && relaxation is not null ? Math.Min(b, relaxation.IntegerBound) : full.Bound;
        return full with { Bound = bound, Wall = tierClock.Elapsed };
    }

    private Outcome Proven(MatchGoal goal, int tierNumber, RelaxationOutcome relaxation, long[] values, long value, Stopwatch tierClock)
    {
        progress?.Invoke(new MatchProgress(goal, tierNumber, value, value, clock.Elapsed));
        Fix(relaxation, value);
        return new Outcome(SolveStatus.Optimal, value, value, values, tierClock.Elapsed);
    }

    // CP-SAT with every pair literal fixed to 0 that the relaxation leaves at 0 and the incumbent does not use. The
    // incumbent stays feasible there, so this never makes things worse; the domains are restored afterwards.
    // (Keeping also the literals with reduced cost 0 made this model as large as the whole one: the housing score is
    // per client, so the relaxation is highly degenerate.)
    private Outcome? SolveNear(RelaxationOutcome relaxation, long[]? incumbent, MatchGoal goal, int tierNumber)
    {
        var inIncumbent = new HashSet<int>();
        if (incumbent is not null)
        {
            for (var i = 0; i < incumbent.Length; i++)
            {
                if (incumbent[i] != 0)
                {
                    inIncumbent.Add(model.HintVariables[i].GetIndex());
                }
            }
        }
        var closed = model.X.Select(x => x.GetIndex())
            .Where(v => Proto.Variables[v].Domain[0] != Proto.Variables[v].Domain[1] && relaxation.Values[v] < 1e-6 && !inIncumbent.Contains(v))
            .ToList();
        foreach (var v in closed)
        {
            Proto.Variables[v].Domain[1] = 0;
        }
        try
        {
            var half = Remaining() is { } r ? r / 2 : (TimeSpan?)null;
            var near = RunCpSat(goal, tierNumber, incumbent, half, relaxation.IntegerBound);
            return near.Values is null ? null : near;
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
    private Outcome RunCpSat(MatchGoal goal, int tierNumber, long[]? hint, TimeSpan? limit, long? target)
    {
        var solveClock = Stopwatch.StartNew();
        model.Cp.ClearHints();
        if (hint is not null)
        {
            for (var v = 0; v < model.HintVariables.Count; v++)
            {
                model.Cp.AddHint(model.HintVariables[v], hint[v]);
            }
        }
        using var solver = new CpSolver { StringParameters = SatParametersText.Format(MatchEngine.Parameters(options, limit)) };
        using var callback = new ProgressCallback(goal, tierNumber, clock, progress);
        using var registration = cancellation.Register(solver.StopSearch);
        var status = solver.Solve(model.Cp, callback);
        var reachedTarget = status == CpSolverStatus.Feasible && (long)Math.Round(solver.ObjectiveValue) >= target;
        return status switch
        {
            CpSolverStatus.Optimal or CpSolverStatus.Feasible => new Outcome(
                status == CpSolverStatus.Optimal || reachedTarget ? SolveStatus.Optimal : SolveStatus.Feasible,
                (long)Math.Round(solver.ObjectiveValue), reachedTarget ? target!.Value : (long)Math.Round(solver.BestObjectiveBound),
                [.. model.HintVariables.Select(solver.Value)], solveClock.Elapsed),
            CpSolverStatus.Infeasible => new Outcome(SolveStatus.Infeasible, null, null, null, solveClock.Elapsed),
            CpSolverStatus.ModelInvalid => new Outcome(SolveStatus.Unknown, null, null, null, solveClock.Elapsed, solver.SolutionInfo()),
            _ => new Outcome(SolveStatus.Unknown, null, null, null, solveClock.Elapsed),
        };
    }

    // Fixes every pair literal that has the same value in all solutions reaching `reached` on the current goal.
    private void Fix(RelaxationOutcome relaxation, long reached)
    {
        foreach (var (v, value) in relaxation.Fixings(model.X.Select(x => x.GetIndex()), reached))
        {
            Proto.Variables[v].Domain[0] = value;
            Proto.Variables[v].Domain[1] = value;
        }
    }

    private long GoalValue(long[] hintValues)
    {
        var values = new long[Proto.Variables.Count];
        for (var i = 0; i < hintValues.Length; i++)
        {
            values[model.HintVariables[i].GetIndex()] = hintValues[i];
        }
        return ModelSolutionCheck.ObjectiveValue(Proto, values);
    }

    private TimeSpan? Remaining() => options.TimeLimit is { } limit ? limit - clock.Elapsed : null;

    private sealed class ProgressCallback(MatchGoal goal, int tier, Stopwatch clock, Action<MatchProgress>? progress) : CpSolverSolutionCallback
    {
        public override void OnSolutionCallback()
        {
            progress?.Invoke(new MatchProgress(goal, tier, (long)Math.Round(ObjectiveValue()), (long)Math.Round(BestObjectiveBound()), clock.Elapsed));
        }
    }
}
