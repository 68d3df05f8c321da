using System.Globalization;

namespace BeschermdThuis.Matching.Domain.Common;

/// <summary>An amount of money in euro cents. Integer cents keep sums exact in rules and in the solver.</summary>
public readonly record struct EuroCents(long Value) : IComparable<EuroCents>
{
    public static EuroCents Zero => new(0);

    public static EuroCents FromEuros(decimal euros) => new(checked((long)decimal.Round(euros * 100m, MidpointRounding.AwayFromZero)));

    public decimal Euros => Value / 100m;

    public bool IsNegative => Value < 0;

    public static EuroCents operator +(EuroCents a, EuroCents b) => new(checked(a.Value + b.Value));

    public static bool operator <(EuroCents a, EuroCents b) => a.Value < b.Value;

    public static bool operator >(EuroCents a, EuroCents b) => a.Value > b.Value;

    public static bool operator <=(EuroCents a, EuroCents b) => a.Value <= b.Value;

    public static bool operator >=(EuroCents a, EuroCents b) => a.Value >= b.Value;

    public int CompareTo(EuroCents other) => Value.CompareTo(other.Value);

    /// <summary>Formats as a plain decimal amount, e.g. "812.40".</summary>
    public override string ToString() => Euros.ToString("0.00", CultureInfo.InvariantCulture);
}
