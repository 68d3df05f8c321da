using BeschermdThuis.Matching.Solver.Search;
using Google.OrTools.Sat;
using Mip = Google.OrTools.LinearSolver;

namespace BeschermdThuis.Matching.Baselines;

/// <summary>
/// A CP-SAT model's rows as a MIP: every free variable an integer column within its domain, every row as it is
/// (<see cref="LinearRows"/> folds the fixed variables into the bounds), and each goal proven so far as a row
/// <c>goal ≥ optimum</c>. Solutions are read back as whole numbers and checked against the CP-SAT model and those rows
/// in exact integers, so a value reported never rests on the MIP solver's tolerances.
/// </summary>
internal sealed class MipModel : IDisposable
{
    // A goal as integer weights per model variable and the constant that its offset and the fixed variables add.
    public sealed record Goal(long[] Weight, long Constant)
    {
        public long ValueOf(long[] values)
        {
            var sum = Constant;
            for (var v = 0; v < Weight.Length; v++)
            {
                sum += Weight[v] * values[v];
            }
            return sum;
        }
    }

    private readonly CpModelProto _model;
    private readonly LinearRows _rows;
    private readonly Mip.Variable?[] _columns;
    private readonly List<(Goal Goal, long Optimum)> _kept = [];

    private MipModel(CpModelProto model, LinearRows rows, Mip.Solver solver)
    {
        _model = model;
        _rows = rows;
        Solver = solver;
        _columns = new Mip.Variable?[model.Variables.Count];
        for (var v = 0; v < _columns.Length; v++)
        {
            if (rows.Free[v])
            {
                var domain = model.Variables[v].Domain;
                _columns[v] = solver.MakeIntVar(domain[0], domain[^1], $"v{v}");
            }
        }
        for (var r = 0; r < rows.Count; r++)
        {
            var row = solver.MakeConstraint(rows.LowerBound(r), rows.UpperBound(r), $"r{r}");
            for (var i = rows.Start[r]; i < rows.Start[r + 1]; i++)
            {
                var column = _columns[rows.Column[i]]!;
                row.SetCoefficient(column, row.GetCoefficient(column) + rows.Coefficient[i]); // a variable may occur twice
            }
        }
    }

    public Mip.Solver Solver { get; }

    /// <summary>
    /// The MIP of <paramref name="model"/> on <paramref name="backend"/>, or null when the model's rows cannot all hold
    /// (a row over fixed variables only that they violate: the problem is infeasible).
    /// </summary>
    public static MipModel? Create(CpModelProto model, string backend)
    {
        RequireExactlyLinear(model);
        if (LinearRows.TryRead(model) is not { } rows)
        {
            return null;
        }
        var solver = Mip.Solver.CreateSolver(backend) ?? throw new InvalidOperationException($"{backend} is not available in this OR-Tools build");
        return new MipModel(model, rows, solver);
    }

    /// <summary>The maximised objective of the CP-SAT model (as <c>CpModel.Maximize</c> writes it: scaling factor −1) as a goal.</summary>
    public Goal ReadObjective()
    {
        var objective = _model.Objective;
        if (objective is null || objective.ScalingFactor != -1)
        {
            throw new InvalidOperationException("the model's objective is not a maximisation");
        }
        // The goals' weights are integers; the doubles of the shared reading are exact for them.
        var (weight, constant) = _rows.ObjectiveWeights(objective);
        return new Goal([.. weight.Select(w => (long)Math.Round(w))], (long)Math.Round(constant));
    }

    /// <summary>Makes <paramref name="goal"/> the MIP's objective, to maximise.</summary>
    public void SetObjective(Goal goal)
    {
        var objective = Solver.Objective();
        objective.Clear();
        ForEachTerm(goal, objective.SetCoefficient);
        objective.SetOffset(goal.Constant);
        objective.SetMaximization();
    }

    /// <summary>Keeps <paramref name="goal"/> at least at <paramref name="optimum"/> from now on.</summary>
    public void Keep(Goal goal, long optimum)
    {
        var row = Solver.MakeConstraint(optimum - goal.Constant, double.PositiveInfinity, $"goal{_kept.Count}");
        ForEachTerm(goal, row.SetCoefficient);
        _kept.Add((goal, optimum));
    }

    /// <summary>The MIP solver's solution per model variable, rounded; throws when it breaks a row or a kept goal.</summary>
    public long[] CheckedSolution()
    {
        var values = new long[_columns.Length];
        for (var v = 0; v < values.Length; v++)
        {
            values[v] = _columns[v] is { } column ? (long)Math.Round(column.SolutionValue()) : _rows.FixedValue[v];
        }
        if (!ModelSolutionCheck.Satisfies(_model, values) || _kept.Any(kept => kept.Goal.ValueOf(values) < kept.Optimum))
        {
            throw new InvalidOperationException("the MIP solver's solution, rounded, breaks the model: its tolerances decided the value");
        }
        return values;
    }

    public void Dispose() => Solver.Dispose();

    private void ForEachTerm(Goal goal, Action<Mip.Variable, double> set)
    {
        for (var v = 0; v < goal.Weight.Length; v++)
        {
            if (goal.Weight[v] != 0)
            {
                set(_columns[v]!, goal.Weight[v]);
            }
        }
    }

    // LinearRows relaxes a domain with holes to its hull and has no rows for other constraint kinds; the MIP must be
    // exactly the model, so neither may occur (the match model without assumptions has neither).
    private static void RequireExactlyLinear(CpModelProto model)
    {
        var exact = model.Variables.All(variable => variable.Domain.Count == 2)
            && model.Constraints.All(constraint => constraint.EnforcementLiteral.Count == 0 && constraint.ConstraintCase switch
            {
                ConstraintProto.ConstraintOneofCase.AtMostOne => true,
                ConstraintProto.ConstraintOneofCase.Linear => constraint.Linear.Domain.Count == 2,
                _ => false,
            });
        if (!exact)
        {
            throw new InvalidOperationException("the match model has a constraint that is not a plain linear row");
        }
    }
}
