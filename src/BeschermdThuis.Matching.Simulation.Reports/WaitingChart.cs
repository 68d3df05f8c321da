using ScottPlot;

namespace BeschermdThuis.Matching.Simulation.Reports;

/// <summary>
/// Chart (a): people waiting past their readiness date over time, one line per scenario (the mean over the
/// replications) inside a lighter band (its 95 % interval), with a legend and labelled axes.
/// </summary>
public static class WaitingChart
{
    public const int Width = 1200;
    public const int Height = 700;

    public static byte[] RenderPng(IReadOnlyList<ScenarioSeries> scenarios, string periodName)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        using var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        for (var i = 0; i < scenarios.Count; i++)
        {
            var periods = scenarios[i].Periods;
            var xs = periods.Select(p => (double)p.Period).ToArray();
            var color = palette.GetColor(i);
            var band = plot.Add.FillY(xs, [.. periods.Select(p => p.Low)], [.. periods.Select(p => p.High)]);
            band.FillColor = color.WithAlpha(0.2);
            band.LineColor = Colors.Transparent;
            var line = plot.Add.Scatter(xs, [.. periods.Select(p => p.Mean)], color);
            line.LineWidth = 2;
            line.MarkerSize = 0;
            line.LegendText = scenarios[i].Scenario;
        }
        plot.Title("People waiting past their readiness date (mean, 95 % interval)");
        plot.XLabel(periodName);
        plot.YLabel("People waiting past readiness");
        plot.Axes.SetLimitsY(0, Math.Max(1, scenarios.SelectMany(s => s.Periods).Select(p => p.High).DefaultIfEmpty(0).Max()) * 1.05);
        plot.ShowLegend(Alignment.UpperLeft);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }
}
