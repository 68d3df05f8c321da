using System.Globalization;
using System.Net;
using System.Text;
using BeschermdThuis.Matching.Simulation.Measures;
using BeschermdThuis.Matching.Simulation.Outputs;
using BeschermdThuis.Matching.Simulation.Runs;

namespace BeschermdThuis.Matching.Simulation.Reports;

/// <summary>The chart files the summary shows, relative to the summary (they are written beside it).</summary>
public sealed record SummaryCharts(string WaitingPastReadiness, IReadOnlyList<(string Scenario, string File)> LoadShareMaps);

/// <summary>
/// The one-page HTML summary for a board: what was simulated, the waiting chart, the comparison table, the load-share
/// maps, and every measure explained in plain words (from the measure catalog). Self-contained but for the PNGs beside it.
/// </summary>
public static class HtmlSummary
{
    private const string Style =
        "body{font-family:sans-serif;max-width:1200px;margin:2em auto;color:#222}table{border-collapse:collapse;font-size:.9em}" +
        "td,th{border:1px solid #ccc;padding:.3em .5em;text-align:right}td:first-child,th:first-child{text-align:left}" +
        "img{max-width:100%;border:1px solid #eee}.maps{display:flex;flex-wrap:wrap;gap:1em}.maps figure{flex:1 1 45%;margin:0}" +
        "dt{font-weight:bold;margin-top:.6em}footer{margin-top:2em;font-size:.85em;color:#555}";

    public static string Render(SimulationResult result, SummaryCharts charts)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(charts);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Quota simulation: summary</title>")
            .Append("<style>").Append(Style).Append("</style></head>\n<body>\n<h1>Quota simulation</h1>\n");
        AppendIntroduction(html, result);
        html.Append("<h2>People waiting past their readiness date</h2>\n")
            .Append(Image(charts.WaitingPastReadiness, "People waiting past their readiness date per period, per scenario, with 95 % intervals"));
        AppendTable(html, result.Comparison);
        html.Append("<h2>Neighbourhood load share at the end</h2>\n<div class=\"maps\">\n");
        foreach (var (scenario, file) in charts.LoadShareMaps)
        {
            html.Append("<figure>").Append(Image(file, $"Load share per neighbourhood: {scenario}"))
                .Append("<figcaption>").Append(Encode(scenario)).Append("</figcaption></figure>\n");
        }
        html.Append("</div>\n");
        AppendDefinitions(html);
        html.Append("<footer>Neighbourhood boundaries: ").Append(Encode(LoadShareMap.Attribution))
            .Append(". The population and the offers are simulated, not real people.</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendIntroduction(StringBuilder html, SimulationResult result)
    {
        html.Append("<p>Each scenario was simulated period by period with the service's own matching engine. ")
            .Append("Every figure is the mean over the replications (runs with different random draws) with its 95 % confidence ")
            .Append("interval: a range built so that 19 times in 20 it holds the mean that endless replications would give.</p>\n<ul>\n");
        foreach (var scenario in result.Scenarios)
        {
            var periods = scenario.Periods;
            var span = periods.Count == 0 ? "no periods" : $"{periods.Count} periods, {periods[0].Start:yyyy-MM-dd} to {periods[^1].End:yyyy-MM-dd}";
            html.Append("<li><b>").Append(Encode(scenario.Scenario)).Append("</b>")
                .Append(scenario.Scenario == result.Comparison.Baseline ? " (baseline)" : "")
                .Append(CultureInfo.InvariantCulture, $": {scenario.Replications} replications, {Encode(span)}</li>\n");
        }
        html.Append("</ul>\n");
    }

    private static void AppendTable(StringBuilder html, ScenarioComparison comparison)
    {
        html.Append("<h2>Scenarios side by side</h2>\n<table>\n<tr>");
        foreach (var header in ComparisonTable.Headers(comparison))
        {
            html.Append("<th>").Append(Encode(header)).Append("</th>");
        }
        html.Append("</tr>\n");
        foreach (var row in ComparisonTable.Rows(comparison))
        {
            html.Append("<tr><td><a href=\"#").Append(Anchor(row.MeasureId)).Append("\">").Append(Encode(row.Measure)).Append("</a></td>")
                .Append("<td>").Append(Encode(row.Unit)).Append("</td>");
            foreach (var cell in row.Cells)
            {
                html.Append("<td>").Append(Encode(cell)).Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</table>\n<p>").Append(Encode(ComparisonTable.Legend)).Append(" Per neighbourhood, corporation, municipality ")
            .Append("and household size: <code>").Append(SimulationOutputs.ComparisonCsv).Append("</code>; every period: <code>")
            .Append(SimulationOutputs.MeasuresCsv).Append("</code> and <code>").Append(SimulationOutputs.MeasuresJson).Append("</code>.</p>\n");
    }

    private static void AppendDefinitions(StringBuilder html)
    {
        html.Append("<h2>What the measures mean</h2>\n<dl>\n");
        foreach (var measure in MeasureCatalog.All)
        {
            html.Append("<dt id=\"").Append(Anchor(measure.Id)).Append("\">").Append(Encode(measure.Name))
                .Append(" (").Append(Encode(measure.Unit)).Append(SubjectText(measure.Subject)).Append(")</dt><dd>")
                .Append(Encode(measure.Explanation)).Append("</dd>\n");
        }
        html.Append("</dl>\n");
    }

    private static string SubjectText(MeasureSubject subject) => subject switch
    {
        MeasureSubject.Neighbourhood => ", per neighbourhood",
        MeasureSubject.Corporation => ", per corporation",
        MeasureSubject.Municipality => ", per municipality",
        MeasureSubject.HouseholdSize => ", per household size",
        _ => "",
    };

    private static string Image(string file, string alt) =>
        $"<img src=\"{Encode(Uri.EscapeDataString(file))}\" alt=\"{Encode(alt)}\">\n";

    private static string Anchor(string measureId) => "m-" + measureId.Replace('.', '-');

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
