using BeschermdThuis.Matching.Simulation.Measures;
using BeschermdThuis.Matching.Simulation.Outputs;

namespace BeschermdThuis.Matching.Simulation.Reports.Tests;

public sealed class SimulationReportTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bt-report-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("BESCHERMDTHUIS_KEEP_CHARTS") is { Length: > 0 } keep && Directory.Exists(_folder))
        {
            Directory.CreateDirectory(Path.Combine(keep, "report"));
            foreach (var file in Directory.GetFiles(_folder))
            {
                File.Copy(file, Path.Combine(keep, "report", Path.GetFileName(file)), overwrite: true);
            }
        }
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task WriteAsync_TwoScenarios_WritesDataChartsAndSummary()
    {
        var neighbourhoods = SampleResult.Neighbourhoods;
        var result = SampleResult.Build(neighbourhoods);

        var written = await SimulationReport.WriteAsync(result, neighbourhoods, _folder, TestContext.Current.CancellationToken);

        var expected = new[]
        {
            SimulationOutputs.MeasuresJson, SimulationOutputs.MeasuresCsv, SimulationOutputs.ComparisonCsv, SimulationOutputs.DefinitionsCsv,
            SimulationReport.ComparisonTableFile, SimulationReport.WaitingChartFile,
            "load-share-1-current-agreements.png", "load-share-2-25-units.png", SimulationReport.SummaryFile,
        };
        Assert.Equal(expected, written.Select(Path.GetFileName));
        var waiting = PngCheck.Read(Path.Combine(_folder, SimulationReport.WaitingChartFile));
        Assert.Equal((WaitingChart.Width, WaitingChart.Height), (waiting.Width, waiting.Height));
        Assert.True(waiting.DistinctColours > 20 && waiting.NonBackgroundShare > 0.03, $"waiting chart looks blank: {waiting}");
        foreach (var map in expected.Where(f => f.StartsWith("load-share-", StringComparison.Ordinal)))
        {
            var check = PngCheck.Read(Path.Combine(_folder, map));
            Assert.Equal((LoadShareMap.Width, LoadShareMap.Height), (check.Width, check.Height));
            Assert.True(check.DistinctColours > 20 && check.NonBackgroundShare > 0.2, $"{map} looks blank: {check}");
        }
    }

    [Fact]
    public async Task WriteAsync_Summary_EmbedsChartsTableAndEveryExplanation()
    {
        var neighbourhoods = SampleResult.Neighbourhoods;
        var result = SampleResult.Build(neighbourhoods);

        await SimulationReport.WriteAsync(result, neighbourhoods, _folder, TestContext.Current.CancellationToken);

        var html = await File.ReadAllTextAsync(Path.Combine(_folder, SimulationReport.SummaryFile), TestContext.Current.CancellationToken);
        Assert.Contains($"<img src=\"{SimulationReport.WaitingChartFile}\"", html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"load-share-2-25-units.png\"", html, StringComparison.Ordinal);
        Assert.Contains("current agreements (baseline)", html, StringComparison.Ordinal);
        Assert.Contains("Bron: CBS / Kadaster, Wijk- en Buurtkaart 2025", html, StringComparison.Ordinal);
        foreach (var measure in MeasureCatalog.All)
        {
            Assert.Contains(System.Net.WebUtility.HtmlEncode(measure.Explanation), html, StringComparison.Ordinal);
        }
        // The baseline waits 5+12+r past readiness at the end (r = 0, 1, 2): mean 18, t(2) interval 18 ± 2.48.
        Assert.Contains("<td>18.0 [15.5, 20.5]</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ComparisonTable_OtherScenario_ShowsDifferenceAndSeparation()
    {
        var result = SampleResult.Build(SampleResult.Neighbourhoods);

        var row = Assert.Single(ComparisonTable.Rows(result.Comparison), r => r.MeasureId == MeasureIds.PastReadinessPeople);

        // 0.7 × (17 + r): mean 12.6, half-width 0.7 × 2.48; difference -5.4, the intervals [15.5, 20.5] and [10.9, 14.3] apart.
        Assert.Equal(["18.0 [15.5, 20.5]", "12.6 [10.9, 14.3] (-5.4 *)"], row.Cells);
        Assert.DoesNotContain(ComparisonTable.Rows(result.Comparison), r => r.MeasureId == MeasureIds.NeighbourhoodLoadShare);
    }

    [Fact]
    public void LoadShareMapFile_NamesAreSafeAndDistinct()
    {
        Assert.Equal("load-share-1-current-agreements.png", SimulationReport.LoadShareMapFile(0, "Current agreements"));
        Assert.Equal("load-share-3.png", SimulationReport.LoadShareMapFile(2, "../../"));
    }
}
