using System.Diagnostics;
using Google.OrTools.Sat;
using Glop = Google.OrTools.LinearSolver;

namespace BeschermdThuis.Matching.Solver.Search;

/// <summary>
/// The linear relaxation of a model whose variable domains change between solves (the nodes of
/// <see cref="LevelBranching"/>): one GLOP model with every column, read once, whose column bounds follow the domains
/// and whose basis is kept from one solve to the next. The bound is computed from the duals as in
/// <see cref="LinearRelaxation"/> (<see cref="RelaxationOutcome"/>), so it holds for the domains at the time of the solve.
/// </summary>
internal sealed class WarmRelaxation : IDisposable
{
    // Per unit of shortfall, in units of the goal's largest weight. Any price keeps the bound valid; a higher one closes
    // infeasible nodes sooner, but at 1e4 GLOP ended ABNORMAL on the spread family's recovery goal, and at 10-100 some
    // nodes stayed open that 1e3 closes (200 x 500, measured 2026-12-02).
    private const double ShortfallPrice = 1e3;

    // A node's relaxation takes about 140 simplex iterations at 200 x 500; GLOP without presolve has been seen to run on
    // for minutes on a degenerate node of a small spread instance (60 x 150, seed 4, recovery goal). A node gets at most
    // this many iterations, then is retried from scratch: a count, not a time, so the same input takes the same path
    // however loaded the machine is.
    private const int NodeIterationLimit = 20_000;

    private readonly CpModelProto _model;
    private readonly LinearRows _rows;
    private readonly double[] _weight;
    private readonly double _constant;
    private readonly Glop.Solver _lp;
    private readonly RelaxationColumns _columns;
    private readonly long[] _lower;
    private readonly long[] _upper;
    private readonly Glop.MPSolverParameters _parameters = new();

    private WarmRelaxation(CpModelProto model, LinearRows rows)
    {
        _model = model;
        _rows = rows;
        (_weight, _constant) = rows.ObjectiveWeights(model.Objective);
        _lp = Glop.Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("GLOP is not available in this OR-Tools build");
        _columns = new RelaxationColumns(model, rows, _lp, _weight);
        var n = model.Variables.Count;
        (_lower, _upper) = (new long[n], new long[n]);
        for (var v = 0; v < n; v++)
        {
            if (rows.Free[v])
            {
                var domain = model.Variables[v].Domain;
                (_lower[v], _upper[v]) = (domain[0], domain[^1]);
                _columns.Add(v);
            }
        }
        AddElasticColumns(rows, _columns.Goal);
        // Presolve would rebuild the problem on every solve and lose the basis.
        _parameters.SetIntegerParam(Glop.MPSolverParameters.IntegerParam.PRESOLVE, (int)Glop.MPSolverParameters.PresolveValues.PRESOLVE_OFF);
        if (!_lp.SetSolverSpecificParametersAsString(FormattableString.Invariant($"max_number_of_iterations: {NodeIterationLimit}")))
        {
            throw new InvalidOperationException("GLOP refused its iteration limit");
        }
    }

    // A row with a positive lower bound (an earlier goal kept at its optimum, a pin) can make a node's relaxation
    // infeasible; a column that makes up the shortfall at a price above any gain in the goal keeps it solvable, so that
    // such a node is closed by its bound. The bound stays valid: it comes from the duals (RelaxationOutcome), which the
    // columns only limit, and the model's own solutions need none of them.
    private void AddElasticColumns(LinearRows rows, Glop.Objective goal)
    {
        var price = ShortfallPrice * Math.Max(1, _weight.Max(Math.Abs));
        for (var r = 0; r < rows.Count; r++)
        {
            // A row that all columns at 0 break: x = 0 is the empty matching, with nothing fixed.
            var side = rows.Lower[r] != long.MinValue && rows.Lower[r] > 0 ? 1 : rows.Upper[r] != long.MaxValue && rows.Upper[r] < 0 ? -1 : 0;
            if (side != 0)
            {
                var shortfall = _lp.MakeNumVar(0, double.PositiveInfinity, "");
                _columns.Constraints[r].SetCoefficient(shortfall, side);
                goal.SetCoefficient(shortfall, -price);
            }
        }
    }

    /// <summary>Null when the model has constraints the rows cannot hold, or no maximising objective.</summary>
    public static WarmRelaxation? For(CpModelProto model) =>
        model.Objective is { ScalingFactor: -1 } && LinearRows.TryRead(model) is { } rows ? new WarmRelaxation(model, rows) : null;

    /// <summary>The relaxation under the model's current domains; null when GLOP does not reach an optimum in time.</summary>
    public RelaxationOutcome? Solve(TimeSpan? remaining)
    {
        if (remaining <= TimeSpan.Zero)
        {
            return null;
        }
        for (var v = 0; v < _lower.Length; v++)
        {
            var domain = _model.Variables[v].Domain;
            if (_columns[v] is { } column && (domain[0] != _lower[v] || domain[^1] != _upper[v]))
            {
                (_lower[v], _upper[v]) = (domain[0], domain[^1]);
                column.SetBounds(domain[0], domain[^1]);
            }
        }
        var clock = Stopwatch.StartNew();
        if (remaining is { } r)
        {
            _lp.SetTimeLimit(Math.Max(1, (long)r.TotalMilliseconds));
        }
        if (_lp.Solve(_parameters) != Glop.Solver.ResultStatus.OPTIMAL
            && SolveCold(remaining - clock.Elapsed) != Glop.Solver.ResultStatus.OPTIMAL)
        {
            return null;
        }
        var duals = _columns.Constraints.Select(c => c.DualValue()).ToArray();
        return RelaxationOutcome.FromDuals(_model, _rows, _constant, _columns.Values(_rows), duals, RelaxationOutcome.ComputeReducedCosts(_rows, _weight, duals));
    }

    // Warm solves without presolve have ended ABNORMAL or NOT_SOLVED on a few nodes (spread family, later goals); the
    // same relaxation from scratch, with presolve, then reached its optimum.
    // With the time that is left, not the warm solve's limit again.
    private Glop.Solver.ResultStatus SolveCold(TimeSpan? remaining)
    {
        if (remaining <= TimeSpan.Zero)
        {
            return Glop.Solver.ResultStatus.NOT_SOLVED;
        }
        if (remaining is { } r)
        {
            _lp.SetTimeLimit(Math.Max(1, (long)r.TotalMilliseconds));
        }
        _lp.Reset();
        return _lp.Solve();
    }

    public void Dispose()
    {
        _parameters.Dispose();
        _lp.Dispose();
    }
}
