using System.Text.Json;
using BeschermdThuis.Matching.Application.Matching;
using BeschermdThuis.Matching.Cli.Commands;
using BeschermdThuis.Matching.Cli.Matching;
using BeschermdThuis.Matching.Cli.Proposals;
using BeschermdThuis.Matching.DemoRegion.Population;
using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Storage;

namespace BeschermdThuis.Matching.Cli.Tests;

/// <summary>
/// The proposal commands, waiting and the demo's walkthrough (issue 11 items 12 and 14), through the built command line
/// on a small demo database: what they print, what they store, and how they refuse.
/// </summary>
public sealed class ProposalsCommandTests
{
    private const string Region = "regio-nijmegen";

    private static readonly DemoPopulationSize Small = new(60, 25);

    private static readonly DateOnly ReferenceDate = DemoCommand.DefaultReferenceDate;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Demo_WalksThePairsThroughTheLifecycle_AndTheRematchDoesNotProposeTheDeclinedPairAgain()
    {
        using var dir = new TemporaryDirectory();

        var outcome = await CliProcess.RunAsync(dir.Path, "demo", "--units", "60", "--clients", "25", "--match-time-limit", "10");

        Assert.True(outcome.ExitCode == 0, outcome.StandardError + outcome.StandardOutput);
        var output = outcome.StandardOutput;
        Assert.Contains("Draft -> ProposedToCorporation -> AcceptedByCorporation -> OfferedToClient -> AcceptedByClient -> TenancySigned", output);
        Assert.Contains("-> DeclinedByCorporation (neighbourhood-concerns", output);
        Assert.Contains("pairs kept (pinned by their open proposal)", output);
        Assert.Contains("is not proposed again", output);
        Assert.Contains("proposals list", output);
        Assert.Contains("waiting", output);
        await using var database = await MatchingDatabase.OpenAsync(DatabaseOption.SqliteFile(dir.File(DatabaseOption.DefaultFile)), Ct);
        var runs = (await database.MatchRuns.ListMatchRunsAsync(Region, new PageRequest(10, null), Ct)).Items;
        Assert.Equal(2, runs.Count);
        var rematch = StoredMatchRun.From((await database.MatchRuns.GetMatchRunAsync(Region, runs[0].Id, Ct))!);
        var declined = Assert.Single(await database.Proposals.ListProposalsInStatesAsync(Region, [ProposalState.DeclinedByCorporation], Ct));
        Assert.DoesNotContain(rematch.Result.Pairs, p => p.Client == $"municipalities/{declined.Municipality}/clients/{declined.Client}"
            && p.Unit == $"corporations/{declined.CorporationId}/units/{declined.UnitId}");
        Assert.Single(await database.Proposals.ListProposalsInStatesAsync(Region, [ProposalState.TenancySigned], Ct));
        var open = await database.Proposals.ListProposalsInStatesAsync(Region, ProposalStates.Active, Ct);
        Assert.All(open, p => Assert.Contains(rematch.Result.Pairs, r => r.Pinned && r.Unit == $"corporations/{p.CorporationId}/units/{p.UnitId}"));
        Assert.Contains($"{open.Count} pairs kept", output);
    }

    [Fact]
    public async Task Demo_OnADatabaseWithProposals_KeepsItAsPrevious_AndStartsANewFile()
    {
        using var dir = new TemporaryDirectory();
        var file = await MatchedDatabaseAsync(dir);
        var created = await CliProcess.RunAsync(dir.Path, "proposals", "create", "--database", "demo.db", "--run", "latest", "--all");
        Assert.True(created.ExitCode == 0, created.StandardError);

        var again = await CliProcess.RunAsync(dir.Path, "demo", "--database", "demo.db", "--units", "60", "--clients", "25", "--match-time-limit", "0");

        Assert.True(again.ExitCode == 0, again.StandardError);
        Assert.Contains("kept as demo.db.previous", again.StandardOutput);
        HashSet<string> earlier;
        await using (var previous = await MatchingDatabase.OpenAsync(DatabaseOption.SqliteFile(file + ".previous"), Ct))
        {
            earlier = [.. (await previous.Proposals.ListProposalsAsync(Region, new ProposalFilter(), new PageRequest(100, null), Ct)).Items.Select(p => p.Value.Id)];
        }
        Assert.NotEmpty(earlier);
        var fresh = await CliProcess.RunAsync(dir.Path, "demo", "--database", "demo.db", "--units", "60", "--clients", "25", "--match-time-limit", "0", "--fresh");
        Assert.True(fresh.ExitCode == 0, fresh.StandardError);
        await using var database = await MatchingDatabase.OpenAsync(DatabaseOption.SqliteFile(file), Ct);
        var now = (await database.Proposals.ListProposalsAsync(Region, new ProposalFilter(), new PageRequest(100, null), Ct)).Items.Select(p => p.Value.Id);
        Assert.DoesNotContain(now, earlier.Contains);
    }

    [Fact]
    public async Task Waiting_PrintsWhatTheWaitingReportGives()
    {
        using var dir = new TemporaryDirectory();
        var file = await MatchedDatabaseAsync(dir);
        WaitingClientLine[] expected;
        await using (var local = await LocalProposals.OpenAsync(file, Region, Ct))
        {
            var report = await local.Waiting.ListAsync(MatchRunAudience.Full, Region, ReferenceDate.AddDays(30), Ct);
            expected = [.. report.Clients.Select(l => new WaitingClientLine(l.Name, l.DaysPastReadiness, report.Reason(l, dutch: false)))];
        }
        Assert.NotEmpty(expected);

        var json = await CliProcess.RunAsync(dir.Path, "waiting", "--database", "demo.db", "--as-of", "2026-10-31", "--language", "en", "--json", "-");
        var table = await CliProcess.RunAsync(dir.Path, "waiting", "--database", "demo.db", "--as-of", "2026-10-31");
        var desk = await CliProcess.RunAsync(dir.Path, "waiting", "--database", "demo.db", "--as-of", "2026-10-31", "--as", "desk:GM0268", "--json", "-");

        Assert.True(json.ExitCode == 0, json.StandardError);
        using var document = JsonDocument.Parse(json.StandardOutput);
        var printed = document.RootElement.GetProperty("clients").EnumerateArray()
            .Select(c => new WaitingClientLine(c.GetProperty("client").GetString()!, c.GetProperty("daysPastReadiness").GetInt32(), c.GetProperty("reason").GetString()!))
            .ToArray();
        Assert.Equal(expected, printed);
        Assert.True(table.ExitCode == 0, table.StandardError);
        Assert.Contains($"{expected.Length} clients past their readiness date without an accepted proposal on 2026-10-31", table.StandardOutput);
        Assert.All(expected, l => Assert.Contains(l.Client.Replace("municipalities/", "").Replace("/clients/", "/"), table.StandardOutput));
        using var deskDocument = JsonDocument.Parse(desk.StandardOutput);
        Assert.Equal(expected.Where(l => l.Client.StartsWith("municipalities/GM0268/", StringComparison.Ordinal)).Select(l => l.Client),
            deskDocument.RootElement.GetProperty("clients").EnumerateArray().Select(c => c.GetProperty("client").GetString()));
    }

    [Fact]
    public async Task BadCommands_PrintOneClearLine_ExitNonZero_AndChangeNothing()
    {
        using var dir = new TemporaryDirectory();
        await MatchedDatabaseAsync(dir);
        var created = await CliProcess.RunAsync(dir.Path, "proposals", "create", "--database", "demo.db", "--run", "latest", "--all", "--json", "-");
        Assert.True(created.ExitCode == 0, created.StandardError);
        var first = JsonDocument.Parse(created.StandardOutput).RootElement[0];
        var id = first.GetProperty("id").GetString()!;
        var shortClient = first.GetProperty("client").GetString()!.Replace("municipalities/", "").Replace("/clients/", "/");
        var byClient = await CliProcess.RunAsync(dir.Path, "proposals", "list", "--client", shortClient, "--database", "demo.db", "--json", "-");
        Assert.True(byClient.ExitCode == 0, byClient.StandardError);
        Assert.Equal([id], JsonDocument.Parse(byClient.StandardOutput).RootElement.EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        var proposed = await CliProcess.RunAsync(dir.Path, "proposals", "propose", id, "--database", "demo.db");
        Assert.True(proposed.ExitCode == 0, proposed.StandardError);
        Assert.Contains($"{id}: Draft -> ProposedToCorporation (by MunicipalDesk:", proposed.StandardOutput);

        var illegal = await CliProcess.RunAsync(dir.Path, "proposals", "offer", id, "--database", "demo.db");
        var unknownReason = await CliProcess.RunAsync(dir.Path, "proposals", "decline", id, "--reason", "no-such-reason", "--database", "demo.db");
        var unknownProposal = await CliProcess.RunAsync(dir.Path, "proposals", "accept", "prop-20260101-000000000-00000000", "--database", "demo.db");
        var stranger = await CliProcess.RunAsync(dir.Path, "proposals", "accept", id, "--as", "corporation:nobody", "--database", "demo.db");
        var noDatabase = await CliProcess.RunAsync(dir.Path, "proposals", "list", "--database", "missing.db");

        Assert.Equal(1, illegal.ExitCode);
        Assert.Equal("Offer by Desk is not allowed: the proposal is ProposedToCorporation; allowed next: Accept by Corporation -> AcceptedByCorporation, "
            + "Decline by Corporation -> DeclinedByCorporation, Expire by Clock -> Expired, Withdraw by Desk -> Withdrawn", illegal.StandardError.Trim());
        Assert.Equal(2, unknownReason.ExitCode);
        Assert.Contains("'no-such-reason' is not a decline reason of the corporation; one of: unit-unavailable", unknownReason.StandardError);
        Assert.Equal(1, unknownProposal.ExitCode);
        Assert.Contains("was not found", unknownProposal.StandardError);
        Assert.Equal(1, stranger.ExitCode);
        Assert.Contains("was not found", stranger.StandardError);
        Assert.Equal(1, noDatabase.ExitCode);
        Assert.Contains("missing.db does not exist", noDatabase.StandardError);
        Assert.False(File.Exists(dir.File("missing.db")));
        foreach (var refused in new[] { illegal, unknownReason, unknownProposal, stranger, noDatabase })
        {
            Assert.Single(refused.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.DoesNotContain(" at ", refused.StandardError);
        }
        await using var database = await MatchingDatabase.OpenAsync(DatabaseOption.SqliteFile(dir.File("demo.db")), Ct);
        var stored = (await database.Proposals.GetProposalAsync(Region, id, Ct))!;
        Assert.Equal(ProposalState.ProposedToCorporation, stored.Value.State);
        Assert.Equal(2, stored.Version);
    }

    private sealed record WaitingClientLine(string Client, int Days, string Reason);

    // A small demo database with one match run of the demo's period, made in-process.
    private static async Task<string> MatchedDatabaseAsync(TemporaryDirectory dir)
    {
        var file = dir.File("demo.db");
        await DemoCommand.RunAsync(file, seed: 7, Small, ReferenceDate, Ct);
        await using var database = await MatchingDatabase.OpenAsync(DatabaseOption.SqliteFile(file), Ct);
        var request = MatchCommand.Request(Region, ReferenceDate, ReferenceDate.AddMonths(3).AddDays(-1), DemoCommand.DemoRentYear, ReferenceDate,
            TimeSpan.FromSeconds(10), MatchRunRequest.DefaultWorkers, MatchRunRequest.DefaultSeed);
        await LocalMatching.RunAsync(database, request, null, Ct);
        return file;
    }
}
