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
    private LinearRows(long[] lower, long[] upper, int[] start, int[] column, long[] coefficient, long[] fixedValue, bool[] free)
    {
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
        var lower = new List<long>();
        var upper = new List<long>();
        var start = new List<int> { 0 };
        var column = new List<int>();
        var coefficient = new List<long>();
        foreach (var constraint in model.Constraints)
        {
            if (constraint.EnforcementLiteral.Count > 0)
            {
                return null;
            }
            long constant = 0, low, high;
            switch (constraint.ConstraintCase)
            {
                case ConstraintProto.ConstraintOneofCase.AtMostOne:
                    foreach (var literal in constraint.AtMostOne.Literals)
                    {
                        Add(literal, 1);
                    }
                    (low, high) = (long.MinValue, 1);
                    break;
                case ConstraintProto.ConstraintOneofCase.Linear:
                    var linear = constraint.Linear;
                    for (var k = 0; k < linear.Vars.Count; k++)
                    {
                        Add(linear.Vars[k], linear.Coeffs[k]);
                    }
                    (low, high) = (linear.Domain[0], linear.Domain[^1]);
                    break;
                default:
                    return null;
            }
            if (column.Count == start[^1])
            {
                // Every variable of the row is fixed: it holds or the whole model is infeasible.
                if (constant < low || constant > high)
                {
                    return null;
                }
                continue;
            }
            lower.Add(low == long.MinValue ? long.MinValue : low - constant);
            upper.Add(high == long.MaxValue ? long.MaxValue : high - constant);
            start.Add(column.Count);

            // A negative reference r stands for the negation 1 - x of variable -r - 1.
            void Add(int reference, long a)
            {
                var v = reference >= 0 ? reference : -reference - 1;
                if (reference < 0)
                {
                    constant += a;
                    a = -a;
                }
                if (free[v])
                {
                    column.Add(v);
                    coefficient.Add(a);
                }
                else
                {
                    constant += a * fixedValue[v];
                }
            }
        }
        return new LinearRows([.. lower], [.. upper], [.. start], [.. column], [.. coefficient], fixedValue, free);
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
}
