using System.Runtime.CompilerServices;

namespace BeschermdThuis.Matching.Solver.Search;

/// <summary>
/// A sum of products that carries the rounding error of every product and addition along (Neumaier's summation, each
/// product's own error taken exactly by a fused multiply-add), so it is accurate to about one rounding of the result
/// however much its terms cancel. The relaxation's bound needs that: a dual price of 10^8 (a row kept elastic) times a
/// coefficient of 10^5 (a goal row) gives terms near 10^13 that cancel to a bound near 10^7, and in plain doubles the
/// bound was then 0.02 off, enough to fix a literal that an optimal solution sets (issue 14, a joint goal).
/// </summary>
internal struct CompensatedSum
{
    private double _sum;
    private double _compensation;

    public CompensatedSum(double start) => _sum = start;

    public readonly double Value => _sum + _compensation;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double x)
    {
        var t = _sum + x;
        _compensation += Math.Abs(_sum) >= Math.Abs(x) ? (_sum - t) + x : (x - t) + _sum;
        _sum = t;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddProduct(double a, double b)
    {
        var product = a * b;
        Add(product);
        Add(Math.FusedMultiplyAdd(a, b, -product));
    }
}
