using ScottPlot;

namespace BeschermdThuis.Matching.Simulation.Reports;

/// <summary>A class of the load-share map: the shares up to <see cref="UpTo"/> (inclusive), with its colour.</summary>
public sealed record LoadShareClass(double UpTo, string Label, Color Color);

/// <summary>
/// The map's classes (share of the neighbourhood's ceiling): no value (no ceiling), four quarters (ColorBrewer YlOrRd,
/// readable in print and for most colour-blind readers), at the ceiling, and over it. At the ceiling is a class of its
/// own because such a neighbourhood can take no one from this group: the map shows where the ceiling binds (a mean
/// share of exactly 100 % means it was reached in every replication). Fixed classes keep scenarios comparable map to map.
/// </summary>
public static class LoadShareClasses
{
    // The largest share below 1.
    private static readonly double BelowCeiling = Math.BitDecrement(1.0);

    public static LoadShareClass None { get; } = new(double.NaN, "no value", Color.FromHex("#d0d0d0"));

    public static IReadOnlyList<LoadShareClass> All { get; } =
    [
        None,
        new(0.25, "0-25 %", Color.FromHex("#ffffb2")),
        new(0.50, "25-50 %", Color.FromHex("#fecc5c")),
        new(0.75, "50-75 %", Color.FromHex("#fd8d3c")),
        new(BelowCeiling, "75-100 %, below the ceiling", Color.FromHex("#f03b20")),
        new(1.00, "at the ceiling", Color.FromHex("#bd0026")),
        new(double.PositiveInfinity, "over the ceiling", Color.FromHex("#54278f")),
    ];

    public static LoadShareClass Of(double? share) =>
        share is not { } value || double.IsNaN(value) ? None : All.Skip(1).First(c => value <= c.UpTo);
}
