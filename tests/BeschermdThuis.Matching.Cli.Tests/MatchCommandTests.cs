using System.Text.Json;
using BeschermdThuis.Matching.Cli.Commands;
using BeschermdThuis.Matching.DemoRegion.Population;
using V1 = BeschermdThuis.Matching.Api.V1;

namespace BeschermdThuis.Matching.Cli.Tests;

public sealed class MatchCommandTests
{
    private static readonly DemoPopulationSize Small = new(60, 25);

    [Fact]
    public async Task Match_SmallDemoDatabase_PrintsPairsAndWritesTheFullRunAsJson()
    {
        using var dir = new TemporaryDirectory();
        await DemoCommand.RunAsync(dir.File("demo.db"), seed: 7, Small, DemoCommand.DefaultReferenceDate, TestContext.Current.CancellationToken);

        var outcome = await CliProcess.RunAsync(dir.Path, "match", "--database", "demo.db", "--rent-year", "2025", "--as-of", "2026-10-01",
            "--time-limit", "20", "--language", "en", "--json", "run.json");

        Assert.True(outcome.ExitCode == 0, outcome.StandardError + outcome.StandardOutput);
        Assert.Contains("solving goal 1 (housing)", outcome.StandardOutput);
        Assert.Contains("Matched pairs", outcome.StandardOutput);
        var run = V1.MatchRun.Parser.ParseJson(await File.ReadAllTextAsync(dir.File("run.json"), TestContext.Current.CancellationToken));
        Assert.Equal(V1.MatchRunView.Full, run.View);
        Assert.True(run.PairCount > 0);
        Assert.Equal(run.PairCount, run.Pairs.Count);
        Assert.Equal(25, run.Pairs.Count + run.Unmatched.Count);
        Assert.Equal(run.Pairs.Count, run.Pairs.Select(p => p.Unit).Distinct().Count());
        Assert.All(run.Pairs, p => Assert.Contains(Path.GetFileName(p.Client), outcome.StandardOutput));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(dir.File("run.json"), TestContext.Current.CancellationToken));
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("tiers").ValueKind);
    }

    [Fact]
    public async Task Match_RequestFile_UsesTheProtoJsonRequest()
    {
        using var dir = new TemporaryDirectory();
        await DemoCommand.RunAsync(dir.File("demo.db"), seed: 7, Small, DemoCommand.DefaultReferenceDate, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(dir.File("request.json"), """
            {
              "parent": "regions/regio-nijmegen",
              "periodStart": { "year": 2026, "month": 10, "day": 1 },
              "periodEnd": { "year": 2026, "month": 12, "day": 31 },
              "options": { "timeLimit": "20s", "workers": 1, "seed": 3, "rentYear": 2025, "asOfDate": { "year": 2026, "month": 10, "day": 1 },
                           "tierOrder": ["MATCH_GOAL_HOUSING", "MATCH_GOAL_WISHES"] }
            }
            """, TestContext.Current.CancellationToken);

        var outcome = await CliProcess.RunAsync(dir.Path, "match", "--database", "demo.db", "--request", "request.json", "--json", "run.json");

        Assert.True(outcome.ExitCode == 0, outcome.StandardError + outcome.StandardOutput);
        var run = V1.MatchRun.Parser.ParseJson(await File.ReadAllTextAsync(dir.File("run.json"), TestContext.Current.CancellationToken));
        Assert.Equal(3, run.Seed);
        Assert.Equal([V1.MatchGoal.Housing, V1.MatchGoal.Wishes], run.Tiers.Select(t => t.Goal));
        Assert.Contains("Niet gekoppeld", outcome.StandardOutput, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Match_PeriodEndBeforeStart_FailsNamingTheField()
    {
        using var dir = new TemporaryDirectory();
        await DemoCommand.RunAsync(dir.File("demo.db"), seed: 7, Small, DemoCommand.DefaultReferenceDate, TestContext.Current.CancellationToken);

        var outcome = await CliProcess.RunAsync(dir.Path, "match", "--database", "demo.db", "--from", "2026-10-01", "--to", "2026-09-01", "--rent-year", "2025");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("period_end", outcome.StandardError);
    }

    [Fact]
    public async Task Match_Default2026RentYear_ExplainsTheMissingAftoppingsgrens()
    {
        using var dir = new TemporaryDirectory();
        await DemoCommand.RunAsync(dir.File("demo.db"), seed: 7, Small, DemoCommand.DefaultReferenceDate, TestContext.Current.CancellationToken);

        var outcome = await CliProcess.RunAsync(dir.Path, "match", "--database", "demo.db", "--time-limit", "5");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("aftoppingsgrens", outcome.StandardError);
    }
}
