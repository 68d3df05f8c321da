using System.Globalization;
using BeschermdThuis.Matching.Simulation.Measures;
using BeschermdThuis.Matching.Simulation.Runs;

namespace BeschermdThuis.Matching.Simulation.Outputs;

/// <summary>
/// The simulation's measures as CSV, one row per value (long format, so a new subject or period never changes the
/// columns). Column names are stable; the README lists them under "Quota simulation: outputs".
/// </summary>
public static class MeasureCsvWriter
{
    public const string TotalPeriod = "total";

    public static readonly IReadOnlyList<string> MeasureColumns =
        ["scenario", "measure", "subject", "period", "period_start", "period_end", "unit", "mean", "low", "high", "replications"];

    public static readonly IReadOnlyList<string> ComparisonColumns =
        ["measure", "subject", "unit", "scenario", "is_baseline", "mean", "low", "high", "replications", "difference_to_baseline", "separates_from_baseline"];

    public static readonly IReadOnlyList<string> DefinitionColumns = ["measure", "name", "unit", "subject_kind", "explanation"];

    /// <summary>Every measure of every scenario: first its total over the horizon (period <c>total</c>), then each period.</summary>
    public static void WriteMeasures(SimulationResult result, TextWriter writer)
    {
        writer.WriteLine(Csv.Line(MeasureColumns));
        foreach (var scenario in result.Scenarios)
        {
            (DateOnly Start, DateOnly End)? horizon = scenario.Periods.Count == 0 ? null : (scenario.Periods[0].Start, scenario.Periods[^1].End);
            foreach (var series in scenario.Series)
            {
                var unit = series.Definition.Unit;
                writer.WriteLine(Row(scenario.Scenario, series, TotalPeriod, horizon?.Start, horizon?.End, unit, series.Total));
                for (var p = 0; p < series.PerPeriod.Count; p++)
                {
                    var period = scenario.Periods[p];
                    writer.WriteLine(Row(scenario.Scenario, series, (p + 1).ToString(CultureInfo.InvariantCulture), period.Start, period.End, unit,
                        series.PerPeriod[p]));
                }
            }
        }
    }

    /// <summary>The comparison over the horizon: one row per measure, subject and scenario, in the table's order.</summary>
    public static void WriteComparison(ScenarioComparison comparison, TextWriter writer)
    {
        writer.WriteLine(Csv.Line(ComparisonColumns));
        foreach (var row in comparison.Rows)
        {
            var unit = MeasureCatalog.Get(row.MeasureId).Unit;
            foreach (var cell in row.Cells)
            {
                var estimate = cell.Estimate;
                writer.WriteLine(Csv.Line(row.MeasureId, row.Subject, unit, cell.Scenario, Csv.Flag(cell.Scenario == comparison.Baseline),
                    Csv.Number(estimate.Mean), Csv.Number(estimate.Low), Csv.Number(estimate.High),
                    estimate.Replications.ToString(CultureInfo.InvariantCulture), Csv.Number(cell.DifferenceToBaseline),
                    Csv.Flag(cell.SeparatesFromBaseline)));
            }
        }
    }

    /// <summary>What every measure means, in plain words.</summary>
    public static void WriteDefinitions(TextWriter writer)
    {
        writer.WriteLine(Csv.Line(DefinitionColumns));
        foreach (var definition in MeasureCatalog.All)
        {
            writer.WriteLine(Csv.Line(definition.Id, definition.Name, definition.Unit, SubjectKind(definition.Subject), definition.Explanation));
        }
    }

    internal static string SubjectKind(MeasureSubject subject) => subject switch
    {
        MeasureSubject.None => "region",
        MeasureSubject.Neighbourhood => "neighbourhood",
        MeasureSubject.Corporation => "corporation",
        MeasureSubject.Municipality => "municipality",
        MeasureSubject.HouseholdSize => "household_size",
        _ => throw new ArgumentOutOfRangeException(nameof(subject)),
    };

    private static string Row(string scenario, MeasureSeries series, string period, DateOnly? start, DateOnly? end, string unit, Estimate estimate) =>
        Csv.Line(scenario, series.MeasureId, series.Subject, period, Date(start), Date(end), unit,
            Csv.Number(estimate.Mean), Csv.Number(estimate.Low), Csv.Number(estimate.High), estimate.Replications.ToString(CultureInfo.InvariantCulture));

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
