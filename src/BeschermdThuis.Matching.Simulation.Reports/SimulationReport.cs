using System.Text;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Simulation.Outputs;
using BeschermdThuis.Matching.Simulation.Runs;

namespace BeschermdThuis.Matching.Simulation.Reports;

/// <summary>
/// Writes everything a board gets from a simulation into one folder: the data files (JSON, CSV), the comparison table
/// (Markdown), the waiting chart, one load-share map per scenario and the HTML summary that shows them.
/// </summary>
public static class SimulationReport
{
    public const string ComparisonTableFile = "comparison.md";
    public const string WaitingChartFile = "waiting-past-readiness.png";
    public const string SummaryFile = "summary.html";

    /// <summary>The map of the scenario at <paramref name="index"/> (0-based): its position and name, so names never clash.</summary>
    public static string LoadShareMapFile(int index, string scenario)
    {
        var slug = new string([.. scenario.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        slug = string.Join('-', slug.Split('-', StringSplitOptions.RemoveEmptyEntries));
        return $"load-share-{index + 1}{(slug.Length == 0 ? "" : "-" + slug[..Math.Min(slug.Length, 40)])}.png";
    }

    /// <summary>
    /// Writes every file into <paramref name="folder"/> (created when missing), the maps drawn from
    /// <paramref name="neighbourhoods"/>, the region's neighbourhoods with their real boundaries. Returns every path
    /// written, the data files first and the summary last.
    /// </summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(
        SimulationResult result, IReadOnlyList<Neighbourhood> neighbourhoods, string folder, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        var written = new List<string>(await SimulationOutputs.WriteAsync(result, folder, cancellation));
        written.Add(await WriteTextAsync(folder, ComparisonTableFile, ComparisonTable.Markdown(result.Comparison), cancellation));
        var waiting = WaitingChart.RenderPng(ChartData.WaitingPastReadiness(result), ChartData.PeriodName(result));
        written.Add(await WriteBytesAsync(folder, WaitingChartFile, waiting, cancellation));
        var maps = new List<(string Scenario, string File)>();
        for (var i = 0; i < result.Scenarios.Count; i++)
        {
            var scenario = result.Scenarios[i];
            var png = LoadShareMap.RenderPng(neighbourhoods, ChartData.LoadShares(scenario), $"Load share per neighbourhood at the end: {scenario.Scenario}");
            var file = LoadShareMapFile(i, scenario.Scenario);
            written.Add(await WriteBytesAsync(folder, file, png, cancellation));
            maps.Add((scenario.Scenario, file));
        }
        var summary = HtmlSummary.Render(result, new SummaryCharts(WaitingChartFile, maps));
        written.Add(await WriteTextAsync(folder, SummaryFile, summary, cancellation));
        return written;
    }

    private static async Task<string> WriteBytesAsync(string folder, string name, byte[] content, CancellationToken cancellation)
    {
        var path = Path.Combine(folder, name);
        await File.WriteAllBytesAsync(path, content, cancellation);
        return path;
    }

    private static Task<string> WriteTextAsync(string folder, string name, string content, CancellationToken cancellation) =>
        WriteBytesAsync(folder, name, new UTF8Encoding(false).GetBytes(content), cancellation);
}
