using System.Runtime.CompilerServices;
using Google.OrTools.Sat;

namespace BeschermdThuis.Matching.Solver.Search;

/// <summary>
/// An optimal solution of the linear relaxation and an upper bound on the goal that does not rest on GLOP's accuracy.
/// For any multipliers y (one per row, zero where the row has no bound on that side), every solution x of the model has
/// <c>goal(x) = Σ y·(row·x) + Σ d·x ≤ Σ y·(bound y pushes against) + Σ max(d·lower, d·upper)</c>, with reduced costs
/// <c>d = weight − Σ y·row</c>. We compute that sum ourselves from GLOP's duals, so a dual that is slightly off only
/// weakens the bound, never makes it wrong.
/// The same sum gives a bound for the solutions that set one Boolean variable against its reduced cost
/// (<see cref="Fixings"/>): when it falls below a value already reached, no solution that good does so.
/// </summary>
internal sealed class RelaxationOutcome
{
    // Per model variable: a column whose domain was more than one value at the time of the solve.
    private readonly bool[] _free;

    private RelaxationOutcome(bool[] free, double bound, double[] values, double[] reducedCosts)
    {
        _free = free;
        Bound = bound;
        Values = values;
        ReducedCosts = reducedCosts;
    }

    /// <summary>An upper bound on the goal over every solution of the model.</summary>
    public double Bound { get; }

    /// <summary>The relaxation's optimal value per model variable.</summary>
    public double[] Values { get; }

    /// <summary>Per model variable, its reduced cost in goal units (0 for fixed variables).</summary>
    public double[] ReducedCosts { get; }

    /// <summary>The largest integer no solution can beat: the bound rounded down, allowing for floating-point error.</summary>
    public long IntegerBound => (long)Math.Floor(Bound + Tolerance);

    // Far above the rounding error of the sums (at most about 1e-4 for a million terms of a million), far below 1.
    private double Tolerance => Math.Max(1e-6, 1e-9 * Math.Abs(Bound));

    /// <summary>The outcome for GLOP's duals, with their reduced costs from <see cref="ComputeReducedCosts"/> (computed once, for pricing).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static RelaxationOutcome FromDuals(CpModelProto model, LinearRows rows, double constant, double[] values, double[] duals, double[] reduced)
    {
        var bound = new CompensatedSum(constant);
        for (var r = 0; r < rows.Count; r++)
        {
            var y = UsableDual(rows, duals, r);
            if (y != 0)
            {
                bound.AddProduct(y, y > 0 ? rows.Upper[r] : rows.Lower[r]);
            }
        }
        var free = new bool[reduced.Length];
        for (var v = 0; v < reduced.Length; v++)
        {
            var domain = model.Variables[v].Domain;
            if (rows.Free[v] && reduced[v] != 0)
            {
                bound.AddProduct(reduced[v], reduced[v] > 0 ? domain[^1] : domain[0]);
            }
            // A column of a relaxation kept across solves (WarmRelaxation) may have been fixed since it was read.
            free[v] = rows.Free[v] && domain[0] != domain[^1];
        }
        return new RelaxationOutcome(free, bound.Value, values, reduced);
    }

    /// <summary><c>d = weight − Σ y·row</c> per model variable (0 for fixed ones), with the duals made usable for the bound.</summary>
    // Optimised from the first call: it runs once per relaxation over every coefficient, and a match of a second or so
    // would otherwise spend its first solves in unoptimised code (each family benchmark case is a fresh process).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double[] ComputeReducedCosts(LinearRows rows, double[] weight, double[] duals)
    {
        var sums = new CompensatedSum[weight.Length];
        for (var v = 0; v < weight.Length; v++)
        {
            sums[v] = new CompensatedSum(rows.Free[v] ? weight[v] : 0);
        }
        for (var r = 0; r < rows.Count; r++)
        {
            var y = UsableDual(rows, duals, r);
            if (y == 0)
            {
                continue;
            }
            for (var i = rows.Start[r]; i < rows.Start[r + 1]; i++)
            {
                sums[rows.Column[i]].AddProduct(-y, rows.Coefficient[i]);
            }
        }
        return [.. sums.Select(sum => sum.Value)];
    }

    // A multiplier that pushes against a side the row does not bound would make the bound infinite: use 0 there.
    private static double UsableDual(LinearRows rows, double[] duals, int r)
    {
        var y = duals[r];
        return (y > 0 && rows.Upper[r] == long.MaxValue) || (y < 0 && rows.Lower[r] == long.MinValue) || double.IsNaN(y) ? 0 : y;
    }

    /// <summary>The relaxation's solution rounded, when every value is integral and it satisfies the model exactly.</summary>
    public long[]? IntegralSolution(CpModelProto model)
    {
        var rounded = new long[Values.Length];
        for (var v = 0; v < Values.Length; v++)
        {
            var r = Math.Round(Values[v]);
            if (Math.Abs(Values[v] - r) > 1e-6)
            {
                return null;
            }
            rounded[v] = (long)r;
        }
        return ModelSolutionCheck.Satisfies(model, rounded) ? rounded : null;
    }

    /// <summary>
    /// Boolean variables whose value is the same in every solution whose goal reaches <paramref name="reached"/>:
    /// (variable, value) pairs. Used to shrink the model once a goal's optimum is known (or a solution that good is).
    /// </summary>
    public IEnumerable<(int Variable, long Value)> Fixings(IEnumerable<int> booleans, long reached)
    {
        foreach (var v in booleans)
        {
            if (!_free[v])
            {
                continue;
            }
            var d = ReducedCosts[v];
            // Bound for the solutions with the variable at the value the reduced cost argues against.
            if (d < 0 && Bound + d < reached - Tolerance)
            {
                yield return (v, 0);
            }
            else if (d > 0 && Bound - d < reached - Tolerance)
            {
                yield return (v, 1);
            }
        }
    }
}
