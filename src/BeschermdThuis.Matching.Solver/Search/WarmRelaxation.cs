using System.Diagnostics;
using Google.OrTools.Sat;
using Glop = Google.OrTools.LinearSolver;

namespace BeschermdThuis.Matching.Solver.Search;

/// <summary>
/// The linear relaxation of a model that changes between solves: one GLOP model with every column, read once, that
/// follows the model's variable domains (the nodes of <see cref="LevelBranching"/>, literals fixed for good), the rows
/// added to it (cuts, each goal kept at its optimum) and the goal it maximises, and whose basis is kept from one solve to
/// the next. A match keeps one for all its goals: a goal's relaxation then starts from the vertex where the last one
/// ended, and a cut round from the vertex it cuts off. The bound is computed from the duals as in
/// <see cref="LinearRelaxation"/> (<see cref="RelaxationOutcome"/>), so it holds for the model at the time of the solve.
/// </summary>
internal sealed class WarmRelaxation : IDisposable
{
    // Per unit of shortfall, in units of the goal's largest weight. Any price keeps the bound valid; a higher one closes
    // infeasible nodes sooner, but at 1e4 GLOP ended ABNORMAL on the spread family's recovery goal, and at 10-100 some
    // nodes stayed open that 1e3 closes (200 x 500, measured 2026-12-02).
    private const double ShortfallPerGoalUnit = 1e3;

    // A node's relaxation takes about 140 simplex iterations at 200 x 500; GLOP without presolve has been seen to run on
    // for minutes on a degenerate node of a small spread instance (60 x 150, seed 4, recovery goal). A node gets at most
    // this many iterations, then is retried from scratch: a count, not a time, so the same input takes the same path
    // however loaded the machine is.
    private const int NodeIterationLimit = 20_000;

    // A node of the level branching is solved by Dantzig's rule (the largest reduced cost enters) first. It starts from
    // the last vertex and needs a few dozen iterations, and steepest edge, GLOP's default, spends more computing its edge
    // norms at every solve than it saves in iterations: 15 % of the match on the tight family at 200 x 500, 20 % on the
    // spread family. On a degenerate relaxation Dantzig's rule can stall (20,000 iterations on a Demo node at 200 x 500,
    // seed 1), so it gets this many, and steepest edge goes on from where it stopped. Not at a goal's root: there the
    // vertex it ended at was fractional where steepest edge's was integral (same instance, wishes goal: 4.3 s of diving
    // instead of 0.2 s).
    private const int QuickIterationLimit = 2_000;

    // Keeps a solution GLOP cannot certify to its tolerances as OPTIMAL instead of ABNORMAL. The bound is our own dual
    // sum (RelaxationOutcome) and an integral solution is checked against the model exactly, so an imprecise solution
    // costs at most a weaker bound. Without it GLOP gave up whenever the elastic columns cost 10^7 per unit (goals with
    // weights up to 10^4: housing and the tie-break on the Demo family at 200 x 500), and each such relaxation was solved
    // again from scratch, without the kept basis.
    private const string KeepImprecise = "change_status_to_imprecise: false";

    private static readonly string QuickRules = FormattableString.Invariant(
        $"optimization_rule: DANTZIG feasibility_rule: DANTZIG max_number_of_iterations: {QuickIterationLimit} {KeepImprecise}");

    private static readonly string SteadyRules = FormattableString.Invariant($"max_number_of_iterations: {NodeIterationLimit} {KeepImprecise}");

    private readonly CpModelProto _model;
    private readonly Glop.Solver _lp;
    private readonly RelaxationColumns _columns;
    private readonly long[] _lower;
    private readonly long[] _upper;
    private readonly List<Glop.Variable> _shortfalls = [];
    private readonly Glop.MPSolverParameters _parameters = new();
    private readonly CancellationTokenRegistration _interruption;
    private LinearRows _rows;
    private CpObjectiveProto _objective;
    private double[] _weight;
    private double _constant;

    private WarmRelaxation(CpModelProto model, LinearRows rows, CancellationToken cancellation)
    {
        _model = model;
        _rows = rows;
        _objective = model.Objective.Clone();
        (_weight, _constant) = rows.ObjectiveWeights(_objective);
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
        AddElasticColumns(0);
        // Presolve would rebuild the problem on every solve and lose the basis.
        _parameters.SetIntegerParam(Glop.MPSolverParameters.IntegerParam.PRESOLVE, (int)Glop.MPSolverParameters.PresolveValues.PRESOLVE_OFF);
        _interruption = cancellation.Register(() => _lp.InterruptSolve());
    }

    // A row with a positive lower bound (an earlier goal kept at its optimum, a pin) can make a node's relaxation
    // infeasible; a column that makes up the shortfall at a price above any gain in the goal keeps it solvable, so that
    // such a node is closed by its bound. The bound stays valid: it comes from the duals (RelaxationOutcome), which the
    // columns only limit, and the model's own solutions need none of them.
    private void AddElasticColumns(int fromRow)
    {
        var price = ShortfallPrice();
        for (var r = fromRow; r < _rows.Count; r++)
        {
            // A row that all columns at 0 break: x = 0 is the empty matching, with nothing fixed.
            var side = _rows.Lower[r] != long.MinValue && _rows.Lower[r] > 0 ? 1 : _rows.Upper[r] != long.MaxValue && _rows.Upper[r] < 0 ? -1 : 0;
            if (side != 0)
            {
                var shortfall = _lp.MakeNumVar(0, double.PositiveInfinity, "");
                _columns.Constraints[r].SetCoefficient(shortfall, side);
                _columns.Goal.SetCoefficient(shortfall, -price);
                _shortfalls.Add(shortfall);
            }
        }
    }

    // A model with no free variable has no weights: the price is then that of a goal unit.
    private double ShortfallPrice() => ShortfallPerGoalUnit * Math.Max(1, _weight.Select(Math.Abs).DefaultIfEmpty().Max());

    // The rows added to the model since the last solve, and the goal it maximises now; false when a new row cannot be read.
    // New rows are the constraints past those read: the search only ever appends constraints, never changes or removes one.
    private bool Follow()
    {
        if (_model.Constraints.Count > _rows.Constraints)
        {
            if (_rows.Extend(_model) is not { } extended)
            {
                return false;
            }
            var from = _rows.Count;
            _rows = extended;
            _columns.AddRows(_rows);
            AddElasticColumns(from);
        }
        // Compared by value: CP-SAT's Maximize may fill the objective it already has.
        if (!_objective.Equals(_model.Objective))
        {
            if (_model.Objective is not { ScalingFactor: -1 } objective)
            {
                return false;
            }
            _objective = objective.Clone();
            (_weight, _constant) = _rows.ObjectiveWeights(objective);
            _columns.SetWeights(_weight);
            var price = ShortfallPrice();
            _shortfalls.ForEach(shortfall => _columns.Goal.SetCoefficient(shortfall, -price));
        }
        return true;
    }

    /// <summary>
    /// Null when the model has constraints the rows cannot hold, or no maximising objective. Read outside any
    /// <see cref="FixedDomains"/> scope: a variable fixed now stays out of the relaxation for good.
    /// </summary>
    public static WarmRelaxation? For(CpModelProto model, CancellationToken cancellation = default) =>
        model.Objective is { ScalingFactor: -1 } && LinearRows.TryRead(model) is { } rows ? new WarmRelaxation(model, rows, cancellation) : null;

    /// <summary>
    /// The relaxation of the model as it is now (its domains, rows and goal); null when GLOP does not reach an optimum in
    /// time or the model has gained a row the relaxation cannot hold.
    /// </summary>
    /// <param name="remaining">The time left, or null.</param>
    /// <param name="node">A node of the level branching: solved by Dantzig's rule first (<see cref="QuickRules"/>).</param>
    public RelaxationOutcome? Solve(TimeSpan? remaining, bool node = false)
    {
        if (remaining <= TimeSpan.Zero || _interruption.Token.IsCancellationRequested || !Follow())
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
        var status = node ? SolveWarm(QuickRules, remaining) : Glop.Solver.ResultStatus.NOT_SOLVED;
        if (status != Glop.Solver.ResultStatus.OPTIMAL)
        {
            status = SolveWarm(SteadyRules, remaining - clock.Elapsed);
        }
        if (status != Glop.Solver.ResultStatus.OPTIMAL
            && SolveCold(remaining - clock.Elapsed) != Glop.Solver.ResultStatus.OPTIMAL)
        {
            return null;
        }
        var duals = _columns.Constraints.Select(c => c.DualValue()).ToArray();
        return RelaxationOutcome.FromDuals(_model, _rows, _constant, _columns.Values(_rows), duals, RelaxationOutcome.ComputeReducedCosts(_rows, _weight, duals));
    }

    // From the current basis, without presolve, under these rules.
    private Glop.Solver.ResultStatus SolveWarm(string rules, TimeSpan? remaining)
    {
        if (remaining <= TimeSpan.Zero)
        {
            return Glop.Solver.ResultStatus.NOT_SOLVED;
        }
        if (!_lp.SetSolverSpecificParametersAsString(rules))
        {
            throw new InvalidOperationException($"GLOP refused its parameters '{rules}'");
        }
        if (remaining is { } r)
        {
            _lp.SetTimeLimit(Math.Max(1, (long)r.TotalMilliseconds));
        }
        return _lp.Solve(_parameters);
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
        _interruption.Dispose();
        _parameters.Dispose();
        _lp.Dispose();
    }
}
