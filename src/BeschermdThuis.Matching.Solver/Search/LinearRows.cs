using Google.OrTools.Sat;

namespace BeschermdThuis.Matching.Solver.Search;

/// <summary>
/// The constraints of a CP-SAT model as linear rows <c>Lower ≤ Σ a·x ≤ Upper</c> over its free variables (variables whose
/// domain is a single value are folded into the bounds), in compressed-row form. Only the constraint kinds the match
/// model uses are read: linear constraints (a domain with holes is relaxed to its hull) and at-most-one. A model with
/// anything else, or with enforcement literals, has no rows (<see cref="TryRead"/> returns null).
/// </summary>
internal sealed class LinearRows
{
    private LinearRows(int constraints, long[] lower, long[] upper, int[] start, int[] column, long[] coefficient, long[] fixedValue, bool[] free)
    {
        Constraints = constraints;
        Lower = lower;
        Upper = upper;
        Start = start;
        Column = column;
        Coefficient = coefficient;
        FixedValue = fixedValue;
        Free = free;
    }

    /// <summary>Row bounds; <see cref="long.MinValue"/> and <see cref="long.MaxValue"/> stand for no bound.</summary>
    public long[] Lower { get; }

    public long[] Upper { get; }

    /// <summary>Row r's terms are at positions Start[r] .. Start[r + 1] - 1 of <see cref="Column"/> and <see cref="Coefficient"/>.</summary>
    public int[] Start { get; }

    public int[] Column { get; }

    public long[] Coefficient { get; }

    /// <summary>Per model variable: its value when its domain is a single value.</summary>
    public long[] FixedValue { get; }

    /// <summary>Per model variable: true when it is a column of the relaxation.</summary>
    public bool[] Free { get; }

    public int Count => Lower.Length;

    /// <summary>How many of the model's constraints were read (a constraint whose variables are all fixed gives no row).</summary>
    public int Constraints { get; }

    /// <summary>Row r's lower bound for a linear solver: minus infinity when it has none.</summary>
    public double LowerBound(int r) => Lower[r] == long.MinValue ? double.NegativeInfinity : Lower[r];

    /// <summary>Row r's upper bound for a linear solver: infinity when it has none.</summary>
    public double UpperBound(int r) => Upper[r] == long.MaxValue ? double.PositiveInfinity : Upper[r];

    /// <summary>
    /// The objective (scaled as CP-SAT reports it) as a weight per free variable, and the constant that the fixed
    /// variables and the offset add.
    /// </summary>
    public (double[] Weight, double Constant) ObjectiveWeights(CpObjectiveProto objective)
    {
        var weight = new double[Free.Length];
        var constant = objective.ScalingFactor * objective.Offset;
        for (var k = 0; k < objective.Vars.Count; k++)
        {
            var (v, w) = (objective.Vars[k], objective.ScalingFactor * objective.Coeffs[k]);
            if (Free[v])
            {
                weight[v] += w;
            }
            else
            {
                constant += w * FixedValue[v];
            }
        }
        return (weight, constant);
    }

    public static LinearRows? TryRead(CpModelProto model)
    {
        var n = model.Variables.Count;
        var free = new bool[n];
        var fixedValue = new long[n];
        for (var v = 0; v < n; v++)
        {
            var domain = model.Variables[v].Domain;
            free[v] = domain[0] != domain[^1];
            fixedValue[v] = domain[0];
        }
        return Read(model, 0, free, fixedValue, new Reader(free, fixedValue));
    }

    /// <summary>
    /// These rows and those of the constraints added to <paramref name="model"/> since they were read, over the same
    /// columns: a variable fixed when these rows were read stays folded into the bounds, one fixed since stays a column.
    /// Null when a new constraint cannot be read.
    /// </summary>
    public LinearRows? Extend(CpModelProto model)
    {
        var reader = new Reader(Free, FixedValue);
        reader.Lower.AddRange(Lower);
        reader.Upper.AddRange(Upper);
        reader.Start.AddRange(Start.Skip(1));
        reader.Column.AddRange(Column);
        reader.Coefficient.AddRange(Coefficient);
        return Read(model, Constraints, Free, FixedValue, reader);
    }

    private static LinearRows? Read(CpModelProto model, int from, bool[] free, long[] fixedValue, Reader reader)
    {
        for (var c = from; c < model.Constraints.Count; c++)
        {
            if (!reader.TryAdd(model.Constraints[c]))
            {
                return null;
            }
        }
        return new LinearRows(model.Constraints.Count, [.. reader.Lower], [.. reader.Upper], [.. reader.Start], [.. reader.Column], [.. reader.Coefficient],
            fixedValue, free);
    }

    /// <summary>The same terms by column: column v's rows and coefficients are at Start[v] .. Start[v + 1] - 1.</summary>
    public (int[] Start, int[] Row, long[] Coefficient) Transpose()
    {
        var n = Free.Length;
        var start = new int[n + 1];
        foreach (var v in Column)
        {
            start[v + 1]++;
        }
        for (var v = 0; v < n; v++)
        {
            start[v + 1] += start[v];
        }
        var next = (int[])start.Clone();
        var row = new int[Column.Length];
        var coefficient = new long[Column.Length];
        for (var r = 0; r < Count; r++)
        {
            for (var i = Start[r]; i < Start[r + 1]; i++)
            {
                var at = next[Column[i]]++;
                row[at] = r;
                coefficient[at] = Coefficient[i];
            }
        }
        return (start, row, coefficient);
    }

    // Reads constraints into rows one by one, folding fixed variables and negated literals into the row's bounds.
    private sealed class Reader(bool[] free, long[] fixedValue)
    {
        private long _constant;

        public List<long> Lower { get; } = [];

        public List<long> Upper { get; } = [];

        public List<int> Start { get; } = [0];

        public List<int> Column { get; } = [];

        public List<long> Coefficient { get; } = [];

        // False for a constraint the rows cannot hold (an enforcement literal, another kind) or an infeasible fixed row.
        public bool TryAdd(ConstraintProto constraint)
        {
            if (constraint.EnforcementLiteral.Count > 0)
            {
                return false;
            }
            _constant = 0;
            long low, high;
            switch (constraint.ConstraintCase)
            {
                case ConstraintProto.ConstraintOneofCase.AtMostOne:
                    foreach (var literal in constraint.AtMostOne.Literals)
                    {
                        AddTerm(literal, 1);
                    }
                    (low, high) = (long.MinValue, 1);
                    break;
                case ConstraintProto.ConstraintOneofCase.Linear:
                    var linear = constraint.Linear;
                    for (var k = 0; k < linear.Vars.Count; k++)
                    {
                        AddTerm(linear.Vars[k], linear.Coeffs[k]);
                    }
                    (low, high) = (linear.Domain[0], linear.Domain[^1]);
                    break;
                default:
                    return false;
            }
            if (Column.Count == Start[^1])
            {
                // Every variable of the row is fixed: it holds or the whole model is infeasible.
                return _constant >= low && _constant <= high;
            }
            Lower.Add(low == long.MinValue ? long.MinValue : low - _constant);
            Upper.Add(high == long.MaxValue ? long.MaxValue : high - _constant);
            Start.Add(Column.Count);
            return true;
        }

        // A negative reference r stands for the negation 1 - x of variable -r - 1.
        private void AddTerm(int reference, long a)
        {
            var v = reference >= 0 ? reference : -reference - 1;
            if (reference < 0)
            {
                _constant += a;
                a = -a;
            }
            if (free[v])
            {
                Column.Add(v);
                Coefficient.Add(a);
            }
            else
            {
                _constant += a * fixedValue[v];
            }
        }
    }
}
