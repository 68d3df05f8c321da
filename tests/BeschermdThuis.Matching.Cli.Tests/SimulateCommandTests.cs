using System.Text.Json.Nodes;
using SkiaSharp;

namespace BeschermdThuis.Matching.Cli.Tests;

public sealed class SimulateCommandTests
{
    /// <summary>The shipped current agreements cut down to 3 weeks, about 2 arrivals and 4 units a week in Nijmegen.</summary>
    private static string TinyScenario(string name)
    {
        var scenario = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "scenarios", "current-agreements.json")))!;
        scenario["name"] = name;
        scenario["periods"] = 3;
        scenario["arrivals"] = JsonNode.Parse("""[{ "municipality": "GM0268", "perPeriod": 2.0 }]""");
        scenario["supply"] = JsonNode.Parse("""[{ "corporationId": "waalboog", "municipality": "GM0268", "units": 12 }]""");
        scenario["agreements"] = JsonNode.Parse(
            """[{ "id": "pa-waalboog-gm0268", "corporationId": "waalboog", "municipality": "GM0268", "targetUnits": 12, "priorityGroup": "protectedHousingOutflow" }]""");
        return scenario.ToJsonString();
    }

    [Fact]
    public async Task Simulate_TinyScenarioTwoReplications_WritesEveryFile()
    {
        using var dir = new TemporaryDirectory();
        await File.WriteAllTextAsync(dir.File("a.json"), TinyScenario("tiny-a"), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(dir.File("b.json"), TinyScenario("tiny-b"), TestContext.Current.CancellationToken);

        var outcome = await CliProcess.RunAsync(dir.Path, "simulate", "a.json", "b.json", "--out", "out", "--replications", "2", "--seed", "5");

        Assert.True(outcome.ExitCode == 0, outcome.StandardError + outcome.StandardOutput);
        string[] files =
        [
            "measures.json", "measures.csv", "comparison.csv", "measure-definitions.csv", "comparison.md",
            "waiting-past-readiness.png", "load-share-1-tiny-a.png", "load-share-2-tiny-b.png", "summary.html",
        ];
        Assert.Equal(files.Order(StringComparer.Ordinal), Directory.GetFiles(dir.File("out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var png in files.Where(f => f.EndsWith(".png", StringComparison.Ordinal)))
        {
            AssertDrawnPng(dir.File(Path.Combine("out", png)));
        }
        Assert.Contains("Waiting past readiness", outcome.StandardOutput, StringComparison.Ordinal);
        var table = await File.ReadAllTextAsync(dir.File("out/comparison.md"), TestContext.Current.CancellationToken);
        Assert.StartsWith("| Measure | Unit | tiny-a (baseline) | tiny-b |", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_BadScenario_NamesFileAndFieldWithExitCode2()
    {
        using var dir = new TemporaryDirectory();
        var bad = JsonNode.Parse(TinyScenario("bad"))!;
        bad["periods"] = -1;
        await File.WriteAllTextAsync(dir.File("bad.json"), bad.ToJsonString(), TestContext.Current.CancellationToken);

        var outcome = await CliProcess.RunAsync(dir.Path, "simulate", "bad.json", "--out", "out");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("bad.json", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("periods", outcome.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.File("out")));
    }

    private static void AssertDrawnPng(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.AsSpan().StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), $"{path} is not a PNG");
        using var bitmap = SKBitmap.Decode(bytes);
        Assert.NotNull(bitmap);
        Assert.True(bitmap is { Width: >= 1000, Height: >= 700 }, $"{path}: {bitmap.Width}x{bitmap.Height}");
        var colours = bitmap.Pixels.Distinct().Count();
        Assert.True(colours > 20, $"{path} has only {colours} colours: blank");
    }
}
