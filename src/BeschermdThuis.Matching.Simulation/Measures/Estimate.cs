using MathNet.Numerics.Distributions;

namespace BeschermdThuis.Matching.Simulation.Measures;

/// <summary>
/// A measure over the replications of one scenario: its mean and a 95 % confidence interval for that mean
/// (Student t with n - 1 degrees of freedom, from the sample standard deviation).
/// </summary>
/// <remarks>
/// A replication in which the measure is undefined (a mean wait where nobody was housed) does not count:
/// <see cref="Replications"/> says over how many it was taken. No replication: everything null. One replication:
/// a mean without an interval, since one value says nothing about the spread.
/// </remarks>
public sealed record Estimate(double? Mean, double? Low, double? High, int Replications)
{
    public const double Level = 0.95;

    public static Estimate Undefined { get; } = new(null, null, null, 0);

    /// <summary>Half the interval's width; null without an interval.</summary>
    public double? HalfWidth => High - Mean;

    public static Estimate Of(IEnumerable<double?> values)
    {
        var defined = values.Where(v => v is not null).Select(v => v!.Value).ToArray();
        var n = defined.Length;
        if (n == 0)
        {
            return Undefined;
        }
        // Summed in replication order, so the same replications give the same bits however they were scheduled.
        var mean = defined.Sum() / n;
        if (n == 1)
        {
            return new Estimate(mean, null, null, 1);
        }
        var variance = defined.Sum(v => (v - mean) * (v - mean)) / (n - 1);
        var t = StudentT.InvCDF(0, 1, n - 1, 1 - ((1 - Level) / 2));
        var half = t * Math.Sqrt(variance / n);
        return new Estimate(mean, mean - half, mean + half, n);
    }

    /// <summary>
    /// Whether the two intervals do not overlap: then the difference is unlikely to be chance. Null when either has
    /// no interval.
    /// </summary>
    public bool? SeparatesFrom(Estimate other) =>
        (Low, High, other.Low, other.High) is ({ } low, { } high, { } otherLow, { } otherHigh)
            ? high < otherLow || otherHigh < low
            : null;
}
