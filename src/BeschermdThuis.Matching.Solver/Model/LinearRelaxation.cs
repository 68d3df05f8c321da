using Google.OrTools.Sat;
using Glop = Google.OrTools.LinearSolver;

namespace BeschermdThuis.Matching.Solver.Model;

/// <summary>
/// Solves the linear relaxation of a maximising CP-SAT model with GLOP and turns its duals into a bound we check
/// ourselves (<see cref="RelaxationOutcome"/>). On the match model the relaxation is very often integral: then its
/// solution is the optimum of the goal, proven by the bound, without a CP-SAT search. It never decides anything else:
/// when GLOP fails, stops, or says infeasible, the caller falls back to CP-SAT.
/// </summary>
internal static class LinearRelaxation
{
    public static RelaxationOutcome? Solve(CpModelProto model, TimeSpan? timeLimit, CancellationToken cancellation)
    {
        var objective = model.Objective;
        // CP-SAT stores "maximise e" as "minimise -e" with scaling factor -1; the engine only maximises integer goals.
        if (objective is null || objective.ScalingFactor != -1 || cancellation.IsCancellationRequested)
        {
            return null;
        }
        if (LinearRows.TryRead(model) is not { } rows)
        {
            return null;
        }
        var n = model.Variables.Count;
        var weight = new double[n];
        var constant = objective.ScalingFactor * objective.Offset;
        for (var k = 0; k < objective.Vars.Count; k++)
        {
            var (v, w) = (objective.Vars[k], objective.ScalingFactor * objective.Coeffs[k]);
            if (rows.Free[v])
            {
                weight[v] += w;
            }
            else
            {
                constant += w * rows.FixedValue[v];
            }
        }
        using var lp = Glop.Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("GLOP is not available in this OR-Tools build");
        var columns = new Glop.Variable?[n];
        for (var v = 0; v < n; v++)
        {
            if (rows.Free[v])
            {
                var domain = model.Variables[v].Domain;
                columns[v] = lp.MakeNumVar(domain[0], domain[^1], "");
            }
        }
        var constraints = new Glop.Constraint[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            constraints[r] = lp.MakeConstraint(
                rows.Lower[r] == long.MinValue ? double.NegativeInfinity : rows.Lower[r],
                rows.Upper[r] == long.MaxValue ? double.PositiveInfinity : rows.Upper[r], "");
            for (var i = rows.Start[r]; i < rows.Start[r + 1]; i++)
            {
                constraints[r].SetCoefficient(columns[rows.Column[i]], rows.Coefficient[i]);
            }
        }
        var goal = lp.Objective();
        for (var v = 0; v < n; v++)
        {
            if (columns[v] is { } column && weight[v] != 0)
            {
                goal.SetCoefficient(column, weight[v]);
            }
        }
        goal.SetMaximization();
        if (timeLimit is { } limit)
        {
            lp.SetTimeLimit(Math.Max(1, (long)limit.TotalMilliseconds));
        }
        using var registration = cancellation.Register(() => lp.InterruptSolve());
        var status = lp.Solve();
        if (status != Glop.Solver.ResultStatus.OPTIMAL && !cancellation.IsCancellationRequested)
        {
            // GLOP's presolve has called feasible relaxations infeasible when a goal row is tight (measured on the demo
            // region at 2,000 x 5,000, stability goal); solving again without it gives the optimum.
            using var parameters = new Glop.MPSolverParameters();
            parameters.SetIntegerParam(Glop.MPSolverParameters.IntegerParam.PRESOLVE, (int)Glop.MPSolverParameters.PresolveValues.PRESOLVE_OFF);
            status = lp.Solve(parameters);
        }
        if (status != Glop.Solver.ResultStatus.OPTIMAL)
        {
            return null;
        }
        var values = new double[n];
        for (var v = 0; v < n; v++)
        {
            values[v] = columns[v] is { } column ? column.SolutionValue() : rows.FixedValue[v];
        }
        var duals = constraints.Select(c => c.DualValue()).ToArray();
        return RelaxationOutcome.FromDuals(model, rows, weight, constant, values, duals);
    }
}
