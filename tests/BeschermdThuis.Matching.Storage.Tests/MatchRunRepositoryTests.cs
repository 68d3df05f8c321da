using System.Globalization;
using System.Text;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Storage.Tests.Support;

namespace BeschermdThuis.Matching.Storage.Tests;

public abstract class MatchRunRepositoryTests(ITestStore store) : StorageTestBase(store)
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 25, 9, 15, 30, TimeSpan.FromHours(1));

    // Minutes after Morning at which the listed runs are created: out of order, 2 twice (the same millisecond).
    private static readonly int[] CreationMinutes = [3, 0, 4, 1, 2, 2];

    private static MatchRunRecord Run(
        string id, string regionId = TestData.RegionId, DateTimeOffset? createdAt = null, string status = "optimal", string? resultJson = null) =>
        new(
            new MatchRunSummary(
                id,
                regionId,
                createdAt ?? Morning,
                new Party(PartyKind.MunicipalDesk, "GM0268"),
                new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)),
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                42,
                status,
                17,
                1),
            """{"timeLimitMs":30000,"workers":2,"seed":42,"tiers":["placements","wishes","distance"]}""",
            resultJson ?? """{"status":"optimal","pairs":[]}""",
            """{"desk-0001":{"nl":"Uw eerste wens was niet vrij.","en":"Your first wish was not available."}}""");

    /// <summary>About 200 KB of JSON with characters outside ASCII (accents, a dash, an emoji, a line separator).</summary>
    private static string LargeResultJson()
    {
        var json = new StringBuilder("{\"pairs\":[");
        for (var i = 0; json.Length < 200_000; i++)
        {
            json.Append(string.Create(CultureInfo.InvariantCulture,
                $"{(i == 0 ? "" : ",")}{{\"client\":\"desk-{i:0000}\",\"unit\":\"unit-{i}\",\"score\":{i * 7 % 101},"))
                .Append("\"reason\":\"Wens 2 — wijk Oost, dichtbij café ‘t Hoekje en de coöperatie 🏠\u2028regel twee\"}");
        }
        return json.Append("]}").ToString();
    }

    [Fact]
    public async Task CreateMatchRun_LargeDocuments_RoundTripExactly()
    {
        var db = await OpenWithRegionsAsync();
        var large = LargeResultJson();
        var createdAt = Morning.AddTicks(1_234_567);
        var run = Run(MatchRunId.New(createdAt), createdAt: createdAt, resultJson: large);

        await db.MatchRuns.CreateMatchRunAsync(run, Cancel);

        var read = await db.MatchRuns.GetMatchRunAsync(TestData.RegionId, run.Id, Cancel);
        Assert.NotNull(read);
        Assert.True(large.Length >= 200_000);
        Assert.Equal(large, read.ResultJson, StringComparer.Ordinal);
        Assert.Equal(run, read);
        Assert.Equal(createdAt.UtcTicks, read.Summary.CreatedAt.UtcTicks);
        Assert.Equal(TimeSpan.Zero, read.Summary.CreatedAt.Offset);
        // Stored as sortable UTC text, the same in both dialects.
        Assert.Equal(["2026-11-25T08:15:30.1234567Z"], await QueryAsync<string>(db, "SELECT created_at FROM match_runs"));
    }

    [Fact]
    public async Task CreateMatchRun_SameIdTwice_ThrowsAlreadyExistsAndKeepsTheFirst()
    {
        var db = await OpenWithRegionsAsync();
        await db.MatchRuns.CreateMatchRunAsync(Run("run-1"), Cancel);

        var error = await Assert.ThrowsAsync<AlreadyExistsException>(() =>
            db.MatchRuns.CreateMatchRunAsync(Run("run-1", status: "feasible"), Cancel));

        Assert.Equal("regions/regio-nijmegen/matchRuns/run-1", error.Resource);
        Assert.Equal("optimal", (await db.MatchRuns.GetMatchRunAsync(TestData.RegionId, "run-1", Cancel))!.Summary.Status);
        // The same id in another region is another run.
        await db.MatchRuns.CreateMatchRunAsync(Run("run-1", TestData.OtherRegionId, status: "infeasible"), Cancel);
        Assert.Equal("infeasible", (await db.MatchRuns.GetMatchRunAsync(TestData.OtherRegionId, "run-1", Cancel))!.Summary.Status);
    }

    [Fact]
    public async Task GetMatchRun_Missing_ReturnsNull()
    {
        var db = await OpenWithRegionsAsync();
        await db.MatchRuns.CreateMatchRunAsync(Run("run-1"), Cancel);

        Assert.Null(await db.MatchRuns.GetMatchRunAsync(TestData.RegionId, "run-2", Cancel));
        Assert.Null(await db.MatchRuns.GetMatchRunAsync(TestData.OtherRegionId, "run-1", Cancel));
    }

    [Fact]
    public async Task ListMatchRuns_Paged_WalksEveryPageNewestFirstWithoutDocuments()
    {
        var db = await OpenWithRegionsAsync();
        var times = CreationMinutes.Select(minutes => Morning.AddMinutes(minutes)).ToList();
        var runs = times.Select((t, i) => Run(MatchRunId.New(t, new Guid(i + 1, 0, 0, new byte[8])), createdAt: t)).ToList();
        foreach (var run in runs)
        {
            await db.MatchRuns.CreateMatchRunAsync(run, Cancel);
        }
        await db.MatchRuns.CreateMatchRunAsync(Run(MatchRunId.New(Morning.AddDays(1)), TestData.OtherRegionId), Cancel);

        var first = await db.MatchRuns.ListMatchRunsAsync(TestData.RegionId, PageRequest.First(4), Cancel);
        var second = await db.MatchRuns.ListMatchRunsAsync(TestData.RegionId, new PageRequest(4, first.NextAfter), Cancel);

        var expected = runs.OrderByDescending(r => r.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Take(4).Select(r => r.Summary), first.Items);
        Assert.Equal(expected[3].Id, first.NextAfter);
        Assert.Equal(expected.Skip(4).Select(r => r.Summary), second.Items);
        Assert.Null(second.NextAfter);
        // Id order is time order, newest first.
        Assert.Equal(times.OrderDescending(), first.Items.Concat(second.Items).Select(s => s.CreatedAt));
    }

    [Fact]
    public async Task ListMatchRuns_NoRuns_ReturnsAnEmptyLastPage()
    {
        var db = await OpenWithRegionsAsync();

        var page = await db.MatchRuns.ListMatchRunsAsync(TestData.RegionId, PageRequest.First(10), Cancel);

        Assert.Empty(page.Items);
        Assert.Null(page.NextAfter);
    }

    [Fact]
    public async Task Reopen_ReadsTheRunBackUnchanged()
    {
        var before = await OpenWithRegionsAsync();
        var run = Run(MatchRunId.New(Morning), resultJson: LargeResultJson());
        await before.MatchRuns.CreateMatchRunAsync(run, Cancel);
        await before.DisposeAsync();

        var after = await OpenAsync();

        Assert.Empty(after.AppliedMigrations);
        Assert.Equal(run, await after.MatchRuns.GetMatchRunAsync(TestData.RegionId, run.Id, Cancel));
        Assert.Equal([run.Summary], (await after.MatchRuns.ListMatchRunsAsync(TestData.RegionId, PageRequest.First(5), Cancel)).Items);
    }
}

public sealed class MatchRunRepositoryTestsSqlite() : MatchRunRepositoryTests(new SqliteTestStore());

public sealed class MatchRunRepositoryTestsSqlServer() : MatchRunRepositoryTests(new SqlServerTestStore());
