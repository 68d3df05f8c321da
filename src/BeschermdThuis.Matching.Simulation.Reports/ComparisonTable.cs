using System.Globalization;
using BeschermdThuis.Matching.Simulation.Measures;

namespace BeschermdThuis.Matching.Simulation.Reports;

/// <summary>One line of the comparison table: a region-wide measure and, per scenario, its formatted value.</summary>
public sealed record ComparisonTableRow(string MeasureId, string Measure, string Unit, IReadOnlyList<string> Cells);

/// <summary>
/// The comparison as a board reads it: region-wide measures only (the breakdowns per neighbourhood, corporation,
/// municipality and household size are in comparison.csv), each cell "mean [low, high]", and for the other scenarios
/// the difference to the baseline, with "*" where the 95 % intervals do not overlap.
/// </summary>
public static class ComparisonTable
{
    public const string SeparateMark = "*";

    public static IReadOnlyList<string> Headers(ScenarioComparison comparison) =>
        ["Measure", "Unit", .. comparison.Scenarios.Select(s => s == comparison.Baseline ? $"{s} (baseline)" : s)];

    public static IReadOnlyList<ComparisonTableRow> Rows(ScenarioComparison comparison) =>
    [
        .. comparison.Rows.Where(r => r.Subject is null).Select(r =>
        {
            var definition = MeasureCatalog.Get(r.MeasureId);
            return new ComparisonTableRow(r.MeasureId, definition.Name, definition.Unit,
                [.. r.Cells.Select(c => Cell(c, c.Scenario == comparison.Baseline))]);
        }),
    ];

    public static string Cell(ComparisonCell cell, bool isBaseline)
    {
        var estimate = cell.Estimate;
        if (estimate.Mean is not { } mean)
        {
            return "–";
        }
        var text = estimate is { Low: { } low, High: { } high } ? $"{Number(mean)} [{Number(low)}, {Number(high)}]" : Number(mean);
        if (isBaseline || cell.DifferenceToBaseline is not { } difference)
        {
            return text;
        }
        var sign = difference > 0 ? "+" : "";
        return $"{text} ({sign}{Number(difference)}{(cell.SeparatesFromBaseline == true ? " " + SeparateMark : "")})";
    }

    public static string Number(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>The table in Markdown, for a file a board can paste into a note.</summary>
    public static string Markdown(ScenarioComparison comparison)
    {
        var lines = new List<string>
        {
            "| " + string.Join(" | ", Headers(comparison)) + " |",
            "|" + string.Concat(Enumerable.Repeat("---|", Headers(comparison).Count)),
        };
        lines.AddRange(Rows(comparison).Select(r => "| " + string.Join(" | ", [r.Measure, r.Unit, .. r.Cells]) + " |"));
        lines.Add("");
        lines.Add(Legend);
        return string.Join("\n", lines) + "\n";
    }

    public const string Legend =
        "Mean over the replications [95 % confidence interval]; in brackets after it the difference to the baseline, " +
        SeparateMark + " where the two intervals do not overlap (the difference is unlikely to be chance).";
}
