
namespace BeschermdThuis.Matching.Simulation.Reports.Tests;

public sealed class ChartTests
{
    private static readonly string? Keep = Environment.GetEnvironmentVariable("BESCHERMDTHUIS_KEEP_CHARTS");

    [Fact]
    public void WaitingChart_TwoScenarios_DrawsBandsAndLines()
    {
        var png = WaitingChart.RenderPng(SampleReport.WaitingSeries(), "Week");
        Save(png, "waiting.png");

        var check = PngCheck.Read(png);

        Assert.Equal((WaitingChart.Width, WaitingChart.Height), (check.Width, check.Height));
        Assert.True(check.DistinctColours > 20, $"only {check.DistinctColours} colours: nothing much drawn");
        Assert.InRange(check.NonBackgroundShare, 0.03, 0.9);
    }

    [Fact]
    public void LoadShareMap_RealNeighbourhoods_FillsTheRegion()
    {
        var neighbourhoods = SampleResult.Neighbourhoods;
        var png = LoadShareMap.RenderPng(neighbourhoods, SampleReport.LoadShares(neighbourhoods), "Load share");
        Save(png, "map.png");

        var check = PngCheck.Read(png);

        Assert.Equal((LoadShareMap.Width, LoadShareMap.Height), (check.Width, check.Height));
        Assert.True(check.DistinctColours > 20, $"only {check.DistinctColours} colours: nothing much drawn");
        // The region's polygons cover a good part of the square map.
        Assert.InRange(check.NonBackgroundShare, 0.2, 0.95);
    }

    [Fact]
    public void LoadShareClasses_Bounds()
    {
        Assert.Same(LoadShareClasses.None, LoadShareClasses.Of(null));
        Assert.Same(LoadShareClasses.None, LoadShareClasses.Of(double.NaN));
        Assert.Equal("0-25 %", LoadShareClasses.Of(0).Label);
        Assert.Equal("0-25 %", LoadShareClasses.Of(0.25).Label);
        Assert.Equal("25-50 %", LoadShareClasses.Of(0.2501).Label);
        Assert.Equal("75-100 %, below the ceiling", LoadShareClasses.Of(0.999).Label);
        Assert.Equal("at the ceiling", LoadShareClasses.Of(1).Label);
        Assert.Equal("over the ceiling", LoadShareClasses.Of(1.01).Label);
    }

    private static void Save(byte[] png, string name)
    {
        if (Keep is { Length: > 0 })
        {
            Directory.CreateDirectory(Keep);
            File.WriteAllBytes(Path.Combine(Keep, name), png);
        }
    }
}
