using ScottPlot;

namespace BeschermdThuis.Matching.Simulation.Reports;

/// <summary>A class of the load-share map: the shares up to <see cref="UpTo"/> (inclusive), with its colour.</summary>
public sealed record LoadShareClass(double UpTo, string Label, Color Color);

/// <summary>
/// The map's classes (share of the neighbourhood's limit): none, four quarters (ColorBrewer YlOrRd, readable in
/// print and for most colour-blind readers) and over the limit. Fixed classes keep scenarios comparable map to map.
/// </summary>
public static class LoadShareClasses
{
    public static LoadShareClass None { get; } = new(0, "no placements", Color.FromHex("#e8e8e8"));

    public static IReadOnlyList<LoadShareClass> All { get; } =
    [
        None,
        new(0.25, "up to 25 % of limit", Color.FromHex("#ffffb2")),
        new(0.50, "25-50 %", Color.FromHex("#fecc5c")),
        new(0.75, "50-75 %", Color.FromHex("#fd8d3c")),
        new(1.00, "75-100 %", Color.FromHex("#e31a1c")),
        new(double.PositiveInfinity, "over the limit", Color.FromHex("#54278f")),
    ];

    public static LoadShareClass Of(double? share) =>
        share is not { } value || value <= 0 ? None : All.Skip(1).First(c => value <= c.UpTo);
}
