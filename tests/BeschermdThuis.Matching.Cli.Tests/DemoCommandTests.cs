using BeschermdThuis.Matching.Cli.Commands;
using BeschermdThuis.Matching.DemoRegion.Population;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Storage;

namespace BeschermdThuis.Matching.Cli.Tests;

public sealed class DemoCommandTests
{
    private static readonly DemoPopulationSize Small = new(60, 25);

    [Fact]
    public async Task Run_FromNothing_StoresTheRegionAndPopulation()
    {
        using var dir = new TemporaryDirectory();
        var file = dir.File("demo.db");

        var summary = await DemoCommand.RunAsync(file, seed: 7, Small, DemoCommand.DefaultReferenceDate, TestContext.Current.CancellationToken);

        Assert.True(File.Exists(file));
        Assert.Equal(6, summary.Municipalities.Count);
        Assert.Equal(213, summary.Municipalities.Sum(m => m.Neighbourhoods));
        Assert.Equal(Small.Units, summary.Municipalities.Sum(m => m.AvailableUnits));
        Assert.Equal(Small.Clients, summary.Municipalities.Sum(m => m.WaitingClients));
    }

    [Fact]
    public async Task Run_Twice_LeavesTheDatabaseAsItWas()
    {
        using var dir = new TemporaryDirectory();
        var file = dir.File("demo.db");
        var ct = TestContext.Current.CancellationToken;

        var first = await DemoCommand.RunAsync(file, seed: 7, Small, DemoCommand.DefaultReferenceDate, ct);
        var before = await SnapshotAsync(file, ct);
        var second = await DemoCommand.RunAsync(file, seed: 7, Small, DemoCommand.DefaultReferenceDate, ct);
        var after = await SnapshotAsync(file, ct);

        Assert.Equal(first.Municipalities, second.Municipalities);
        Assert.Equal(before.Units, after.Units);
        Assert.Equal(before.Clients, after.Clients);
    }

    [Fact]
    public async Task DemoProcess_ThenReadInAnotherProcess_KeepsEverything()
    {
        using var dir = new TemporaryDirectory();

        var outcome = await CliProcess.RunAsync(dir.Path, "demo", "--units", "40", "--clients", "15", "--match-time-limit", "10");

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        Assert.Contains("Nijmegen", outcome.StandardOutput);
        Assert.Contains("213", outcome.StandardOutput);
        Assert.Contains("2025 rent limits", outcome.StandardOutput);
        Assert.Contains("aftoppingsgrens is not configured", outcome.StandardOutput);
        Assert.Contains("Matched pairs (gekoppeld)", outcome.StandardOutput);
        Assert.Contains("Unmatched clients (niet gekoppeld)", outcome.StandardOutput);
        Assert.Contains("U krijgt", outcome.StandardOutput);
        // The demo ends with one signed tenancy: its unit is let and its client housed, the rest as seeded.
        var file = dir.File(DatabaseOption.DefaultFile);
        var stored = await SnapshotAsync(file, TestContext.Current.CancellationToken);
        Assert.Equal(39, stored.Units.Count);
        Assert.Equal(14, stored.Clients.Count);
        await using var database = await MatchingDatabase.OpenAsync(DatabaseOption.SqliteFile(file), TestContext.Current.CancellationToken);
        Assert.Single(await database.Stock.ListUnitsInRegionAsync("regio-nijmegen", UnitStatus.Let, TestContext.Current.CancellationToken));
        Assert.Single(await database.Clients.ListClientsInRegionAsync("regio-nijmegen", ClientStatus.Housed, TestContext.Current.CancellationToken));
    }

    private sealed record Snapshot(IReadOnlyList<HousingUnit> Units, IReadOnlyList<Client> Clients);

    private static async Task<Snapshot> SnapshotAsync(string file, CancellationToken ct)
    {
        await using var database = await MatchingDatabase.OpenAsync(DatabaseOption.SqliteFile(file), ct);
        var units = await database.Stock.ListUnitsInRegionAsync("regio-nijmegen", UnitStatus.Available, ct);
        var clients = await database.Clients.ListClientsInRegionAsync("regio-nijmegen", ClientStatus.Waiting, ct);
        return new Snapshot(units, clients);
    }
}
