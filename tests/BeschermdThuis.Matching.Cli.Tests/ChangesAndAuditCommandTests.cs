using System.Text.Json;
using BeschermdThuis.Matching.Cli.Commands;
using BeschermdThuis.Matching.Cli.Matching;
using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Storage;

namespace BeschermdThuis.Matching.Cli.Tests;

/// <summary>
/// <c>changes</c> and <c>audit</c> (issue 11, items 5 and 9) after the demo's walkthrough: they print what the
/// application services give, and <c>audit</c> reads only as a party that may see the subject.
/// </summary>
public sealed class ChangesAndAuditCommandTests
{
    private const string Region = "regio-nijmegen";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AfterTheDemo_ChangesListsTheRematch_AndAuditTheDeclinedProposalsTrail()
    {
        using var dir = new TemporaryDirectory();
        var demo = await CliProcess.RunAsync(dir.Path, "demo", "--units", "60", "--clients", "25", "--match-time-limit", "10");
        Assert.True(demo.ExitCode == 0, demo.StandardError + demo.StandardOutput);
        var file = dir.File(DatabaseOption.DefaultFile);
        Proposal declined;
        string runId, previousId, expected;
        await using (var database = await MatchingDatabase.OpenAsync(DatabaseOption.SqliteFile(file), Ct))
        {
            declined = Assert.Single(await database.Proposals.ListProposalsInStatesAsync(Region, [ProposalState.DeclinedByCorporation], Ct));
            var runs = (await database.MatchRuns.ListMatchRunsAsync(Region, new PageRequest(2, null), Ct)).Items;
            (runId, previousId) = (runs[0].Id, runs[1].Id);
            var changes = await LocalMatching.CompareAsync(database, Region, runId, null, Ct);
            expected = JsonSerializer.Serialize(changes.Lines.Select(l => new[] { l.Change.ToString(), l.Client, l.Unit, l.Reason }));
        }

        var changesJson = await CliProcess.RunAsync(dir.Path, "changes", "--json", "-");
        var changesTable = await CliProcess.RunAsync(dir.Path, "changes", runId, "--previous", previousId);
        var trail = await CliProcess.RunAsync(dir.Path, "audit", "--proposal", declined.Id, "--json", "-");
        var unitTrail = await CliProcess.RunAsync(dir.Path, "audit", "--unit", $"{declined.CorporationId}/{declined.UnitId}", "--json", "-");
        var stranger = await CliProcess.RunAsync(dir.Path, "audit", "--proposal", declined.Id, "--as", "corporation:someone-else");
        var noSubject = await CliProcess.RunAsync(dir.Path, "audit");

        Assert.True(changesJson.ExitCode == 0, changesJson.StandardError);
        using var changesDocument = JsonDocument.Parse(changesJson.StandardOutput);
        Assert.Equal(runId, changesDocument.RootElement.GetProperty("runId").GetString());
        Assert.Equal(previousId, changesDocument.RootElement.GetProperty("previousRunId").GetString());
        var printed = changesDocument.RootElement.GetProperty("lines").EnumerateArray()
            .Select(l => new[] { l.GetProperty("change").GetString()!, l.GetProperty("client").GetString()!, l.GetProperty("unit").GetString()!, l.GetProperty("reason").GetString()! });
        Assert.Equal(expected, JsonSerializer.Serialize(printed));
        Assert.Contains($"DeclinedByCorporation: {declined.Decision!.Reason.Code}", changesJson.StandardOutput);
        Assert.True(changesTable.ExitCode == 0, changesTable.StandardError);
        Assert.Contains($"Match run {runId} against {previousId}:", changesTable.StandardOutput);

        Assert.True(trail.ExitCode == 0, trail.StandardError);
        var lines = JsonDocument.Parse(trail.StandardOutput).RootElement.EnumerateArray().ToList();
        Assert.Equal(["Draft", "ProposedToCorporation", "DeclinedByCorporation"], lines.Select(e => e.GetProperty("newState").GetString()));
        Assert.All(lines, e => Assert.Equal(declined.Id, e.GetProperty("subjectId").GetString()));
        Assert.True(unitTrail.ExitCode == 0, unitTrail.StandardError);
        Assert.All(JsonDocument.Parse(unitTrail.StandardOutput).RootElement.EnumerateArray(), e => Assert.False(e.TryGetProperty("clientPseudonym", out _)));
        Assert.NotEqual(0, stranger.ExitCode);
        Assert.Equal(2, noSubject.ExitCode);
        Assert.Contains("exactly one of --proposal, --client or --unit", noSubject.StandardError + noSubject.StandardOutput);
    }
}
