using BeschermdThuis.Matching.Cli.Commands;
using BeschermdThuis.Matching.DemoRegion;
using BeschermdThuis.Matching.DemoRegion.Population;
using BeschermdThuis.Matching.Storage;

namespace BeschermdThuis.Matching.Cli.Tests;

/// <summary>Issue 12, item 1: a region without the demo, from init to a match, with the administrator's commands.</summary>
public sealed class InitCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Init_Twice_CreatesTheReferenceDataOnceAndThenSaysNothingChanged()
    {
        using var dir = new TemporaryDirectory();

        var first = await CliProcess.RunAsync(dir.Path, "init", "--database", "region.db");
        var second = await CliProcess.RunAsync(dir.Path, "init", "--database", "region.db");

        Assert.True(first.ExitCode == 0, first.StandardError + first.StandardOutput);
        Assert.Contains("region regio-nijmegen created: 213 neighbourhoods", first.StandardOutput, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.StandardError + second.StandardOutput);
        Assert.Contains("already in the database (213 neighbourhoods); nothing changed", second.StandardOutput, StringComparison.Ordinal);
        await using var db = await MatchingDatabase.OpenAsync(DatabaseOption.SqliteFile(dir.File("region.db")), Ct);
        Assert.Empty(await db.Stock.ListCorporationsAsync(Ct));
        Assert.Empty(await db.Clients.ListClientsInRegionAsync("regio-nijmegen", Domain.Clients.ClientStatus.Waiting, Ct));
        Assert.Empty(await db.CareTeams.ListCareTeamsAsync("regio-nijmegen", Ct));
    }

    [Fact]
    public async Task Init_ThenCorporationsUnitsAndClients_MatchGivesAResult_AndTheAdministratorsCommandsWork()
    {
        using var dir = new TemporaryDirectory();
        Assert.Equal(0, (await CliProcess.RunAsync(dir.Path, "init", "--database", "region.db")).ExitCode);
        var population = DemoPopulation.Generate(RegioNijmegen.Load(), seed: 7, new DemoPopulationSize(60, 25), DemoCommand.DefaultReferenceDate);
        foreach (var corporation in population.Corporations)
        {
            var args = new List<string> { "corporations", "create", corporation.Id, "--name", corporation.Name, "--database", "region.db" };
            foreach (var municipality in corporation.Municipalities)
            {
                args.Add("--municipality");
                args.Add(municipality.Value);
            }
            var created = await CliProcess.RunAsync(dir.Path, [.. args]);
            Assert.True(created.ExitCode == 0, created.StandardError);
        }
        var unknown = await CliProcess.RunAsync(dir.Path, "corporations", "create", "x", "--name", "X", "--municipality", "GM0202", "--database", "region.db");
        var settings = await CliProcess.RunAsync(dir.Path, "region", "settings", "set", "--new-placements", "1", "--database", "region.db");
        var overrideSet = await CliProcess.RunAsync(dir.Path, "region", "override", "set", "BU02680101", "--new-placements", "0", "--per-thousand", "1", "--database", "region.db");
        var overrideRemoved = await CliProcess.RunAsync(dir.Path, "region", "override", "remove", "BU02680101", "--database", "region.db");
        await using (var db = await MatchingDatabase.OpenAsync(DatabaseOption.SqliteFile(dir.File("region.db")), Ct))
        {
            foreach (var unit in population.Units)
            {
                await db.Stock.CreateUnitAsync("regio-nijmegen", unit, Ct);
            }
            // A real region's administrator creates its care teams (RegionService.CreateCareTeam); the clients name theirs.
            foreach (var team in population.CareTeams)
            {
                await db.CareTeams.CreateCareTeamAsync("regio-nijmegen", team, Ct);
            }
            foreach (var client in population.Clients)
            {
                await db.Clients.CreateClientAsync(client, Ct);
            }
        }

        var match = await CliProcess.RunAsync(dir.Path, "match", "--database", "region.db", "--rent-year", "2025", "--as-of", "2026-10-01",
            "--time-limit", "10", "--language", "en", "--json", "run.json");
        var list = await CliProcess.RunAsync(dir.Path, "corporations", "list", "--database", "region.db");

        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("GM0202 is not a municipality of the region", unknown.StandardError, StringComparison.Ordinal);
        Assert.Contains("1 new placements per period", settings.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("limits its own: 0 new per period", overrideSet.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("limits the region's default: 1 new per period", overrideRemoved.StandardOutput, StringComparison.Ordinal);
        Assert.True(match.ExitCode == 0, match.StandardError + match.StandardOutput);
        var run = Api.V1.MatchRun.Parser.ParseJson(await File.ReadAllTextAsync(dir.File("run.json"), Ct));
        Assert.True(run.PairCount > 0, match.StandardOutput);
        // The default limit set above (1 new placement per neighbourhood) holds in the match.
        Assert.All(run.Pairs.CountBy(p => p.Neighbourhood), n => Assert.Equal(1, n.Value));
        Assert.All(population.Corporations, c => Assert.Contains(c.Id, list.StandardOutput, StringComparison.Ordinal));
    }
}
