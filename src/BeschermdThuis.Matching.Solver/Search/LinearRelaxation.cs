using System.Diagnostics;
using Google.OrTools.Sat;
using Glop = Google.OrTools.LinearSolver;

namespace BeschermdThuis.Matching.Solver.Search;

/// <summary>
/// Solves the linear relaxation of a maximising CP-SAT model with GLOP and turns its duals into a bound we check
/// ourselves (<see cref="RelaxationOutcome"/>). On the match model the relaxation is very often integral: then its
/// solution is the optimum of the goal, proven by the bound, without a CP-SAT search. It never decides anything else:
/// when GLOP fails, stops, or says infeasible, the caller falls back to CP-SAT.
/// Columns are generated: GLOP starts from the columns the caller names and gets, round after round, the columns whose
/// reduced cost is positive, until there are none; a few hundred of the model's pair literals are used in the end, and
/// a simplex over hundreds of thousands of columns it does not need would take most of the time.
/// </summary>
internal static class LinearRelaxation
{
    /// <param name="model">The model; its objective must be a maximisation (CP-SAT scaling factor -1).</param>
    /// <param name="timeLimit">Time for the whole relaxation, or null.</param>
    /// <param name="cancellation">Interrupts GLOP.</param>
    /// <param name="startWith">Which columns to start from (all when null); columns whose domain excludes 0 always start.</param>
    public static RelaxationOutcome? Solve(CpModelProto model, TimeSpan? timeLimit, CancellationToken cancellation, Func<int, bool>? startWith = null)
    {
        var clock = Stopwatch.StartNew();
        // CP-SAT stores "maximise e" as "minimise -e" with scaling factor -1; the engine only maximises integer goals.
        var objective = model.Objective;
        if (objective is null || objective.ScalingFactor != -1 || cancellation.IsCancellationRequested || timeLimit <= TimeSpan.Zero)
        {
            return null; // with no time left, not even the rows are read
        }
        if (LinearRows.TryRead(model) is not { } rows)
        {
            return null;
        }
        var n = model.Variables.Count;
        var (weight, constant) = rows.ObjectiveWeights(objective);
        using var lp = Glop.Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("GLOP is not available in this OR-Tools build");
        var columns = new RelaxationColumns(model, rows, lp, weight);
        var constraints = columns.Constraints;
        for (var v = 0; v < n; v++)
        {
            var domain = model.Variables[v].Domain;
            if (rows.Free[v] && (startWith is null || startWith(v) || domain[0] > 0 || domain[^1] < 0))
            {
                columns.Add(v);
            }
        }
        using var registration = cancellation.Register(() => lp.InterruptSolve());
        while (true)
        {
            if (!SolveOnce(lp, () => timeLimit - clock.Elapsed, cancellation))
            {
                return null;
            }
            var duals = constraints.Select(c => c.DualValue()).ToArray();
            var reduced = RelaxationOutcome.ComputeReducedCosts(rows, weight, duals);
            var entering = Enumerable.Range(0, n)
                .Where(v => rows.Free[v] && !columns.Contains(v) && reduced[v] > 1e-7 * Math.Max(1, Math.Abs(weight[v])))
                .OrderByDescending(v => reduced[v]).ThenBy(v => v)
                .Take(Math.Max(1000, rows.Count))
                .ToList();
            if (entering.Count == 0)
            {
                return RelaxationOutcome.FromDuals(model, rows, constant, columns.Values(rows), duals, reduced);
            }
            entering.ForEach(columns.Add);
        }
    }

    // `remaining` is asked again before the second solve: the first may have used the time up (on a Spread instance at
    // 1,000 x 2,500 a solve stopped by the limit was solved again with the same limit, 14 s past a 30 s match limit).
    private static bool SolveOnce(Glop.Solver lp, Func<TimeSpan?> remaining, CancellationToken cancellation)
    {
        if (!Limit(lp, remaining(), cancellation))
        {
            return false;
        }
        if (lp.Solve() == Glop.Solver.ResultStatus.OPTIMAL)
        {
            return true;
        }
        if (!Limit(lp, remaining(), cancellation))
        {
            return false;
        }
        // GLOP's presolve has called feasible relaxations infeasible when a goal row is tight (measured on the demo
        // region at 2,000 x 5,000, stability goal); solving again without it gives the optimum.
        using var parameters = new Glop.MPSolverParameters();
        parameters.SetIntegerParam(Glop.MPSolverParameters.IntegerParam.PRESOLVE, (int)Glop.MPSolverParameters.PresolveValues.PRESOLVE_OFF);
        return lp.Solve(parameters) == Glop.Solver.ResultStatus.OPTIMAL;
    }

    // Sets GLOP's time limit to what is left; false when nothing is left or the match is cancelled.
    private static bool Limit(Glop.Solver lp, TimeSpan? remaining, CancellationToken cancellation)
    {
        if (remaining <= TimeSpan.Zero || cancellation.IsCancellationRequested)
        {
            return false;
        }
        if (remaining is { } r)
        {
            lp.SetTimeLimit(Math.Max(1, (long)r.TotalMilliseconds));
        }
        return true;
    }
}
