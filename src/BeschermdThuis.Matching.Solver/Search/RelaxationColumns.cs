using Google.OrTools.Sat;
using Glop = Google.OrTools.LinearSolver;

namespace BeschermdThuis.Matching.Solver.Search;

/// <summary>
/// A model's linear rows as a GLOP model to maximise: one constraint per row, and a column per model variable that has
/// entered (<see cref="Add"/>), with its row coefficients and objective weight. <see cref="LinearRelaxation"/> adds
/// columns as they price out; <see cref="WarmRelaxation"/> adds every free one once, and then the rows the model gains
/// (<see cref="AddRows"/>) and the goals it maximises in turn (<see cref="SetWeights"/>).
/// </summary>
internal sealed class RelaxationColumns
{
    private readonly CpModelProto _model;
    private readonly (int[] Start, int[] Row, long[] Coefficient) _byColumn;
    private readonly Glop.Solver _lp;
    private readonly Glop.Variable?[] _columns;
    private double[] _weight;

    public RelaxationColumns(CpModelProto model, LinearRows rows, Glop.Solver lp, double[] weight)
    {
        (_model, _byColumn, _lp, _weight) = (model, rows.Transpose(), lp, weight);
        _columns = new Glop.Variable?[weight.Length];
        Constraints = [.. Enumerable.Range(0, rows.Count).Select(r => lp.MakeConstraint(rows.LowerBound(r), rows.UpperBound(r), ""))];
        Goal = lp.Objective();
        Goal.SetMaximization();
    }

    public List<Glop.Constraint> Constraints { get; }

    public Glop.Objective Goal { get; }

    /// <summary>Model variable v's column, or null when it has not entered.</summary>
    public Glop.Variable? this[int v] => _columns[v];

    public bool Contains(int v) => _columns[v] is not null;

    public void Add(int v)
    {
        var domain = _model.Variables[v].Domain;
        var column = _columns[v] = _lp.MakeNumVar(domain[0], domain[^1], "");
        for (var i = _byColumn.Start[v]; i < _byColumn.Start[v + 1]; i++)
        {
            Constraints[_byColumn.Row[i]].SetCoefficient(column, _byColumn.Coefficient[i]);
        }
        if (_weight[v] != 0)
        {
            Goal.SetCoefficient(column, _weight[v]);
        }
    }

    /// <summary>
    /// Adds <paramref name="rows"/> from row <see cref="Constraints"/>.Count on, over the columns that have entered; a
    /// column that enters later gets only the rows it was built with, so every column must have entered before.
    /// </summary>
    public void AddRows(LinearRows rows)
    {
        for (var r = Constraints.Count; r < rows.Count; r++)
        {
            var constraint = _lp.MakeConstraint(rows.LowerBound(r), rows.UpperBound(r), "");
            for (var i = rows.Start[r]; i < rows.Start[r + 1]; i++)
            {
                constraint.SetCoefficient(_columns[rows.Column[i]] ?? throw new InvalidOperationException("a row over a column that has not entered"), rows.Coefficient[i]);
            }
            Constraints.Add(constraint);
        }
    }

    /// <summary>Makes <paramref name="weight"/> (per model variable) the objective of the columns that have entered.</summary>
    public void SetWeights(double[] weight)
    {
        for (var v = 0; v < _columns.Length; v++)
        {
            if (_columns[v] is { } column && weight[v] != _weight[v])
            {
                Goal.SetCoefficient(column, weight[v]);
            }
        }
        _weight = weight;
    }

    // The solution per model variable: a column's value, 0 for a free variable that never entered, a fixed one's value.
    public double[] Values(LinearRows rows)
    {
        var values = new double[_columns.Length];
        for (var v = 0; v < values.Length; v++)
        {
            values[v] = _columns[v] is { } column ? column.SolutionValue() : rows.Free[v] ? 0 : rows.FixedValue[v];
        }
        return values;
    }
}
