using BeschermdThuis.Matching.Domain.Audit;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Storage.Tests.Support;
using Dapper;

namespace BeschermdThuis.Matching.Storage.Tests;

public abstract class AuditTrailTests(ITestStore store) : StorageTestBase(store)
{
    private static AuditEntry Entry(int minute, AuditSubjectKind kind, string subject, string? pseudonym, string? unit, string regionId = TestData.RegionId) =>
        new(0, regionId, ProposalData.Morning.AddMinutes(minute).AddTicks(minute), $"HousingCorporation:talis", kind, subject,
            minute % 2 == 0 ? "Accept" : "Decline", "ProposedToCorporation", "AcceptedByCorporation", minute % 2 == 0 ? null : "location",
            pseudonym, unit is null ? null : "talis", unit);

    // Written in this order; sequence n + 1 for entry n (the other region's entry takes one as well).
    private static readonly AuditEntry[] Written =
    [
        Entry(0, AuditSubjectKind.Proposal, "prop-1", "pseudo-a", "unit-1"),
        Entry(1, AuditSubjectKind.MatchRun, "run-1", null, null),
        Entry(2, AuditSubjectKind.Proposal, "prop-2", "pseudo-b", "unit-1"),
        Entry(3, AuditSubjectKind.Proposal, "prop-1", "pseudo-a", "unit-1"),
        Entry(4, AuditSubjectKind.ClientErasure, "prop-1", "pseudo-a", null),
        Entry(5, AuditSubjectKind.Proposal, "prop-1", "pseudo-a", "unit-1", TestData.OtherRegionId),
        Entry(6, AuditSubjectKind.Proposal, "prop-3", "pseudo-a", "unit-2"),
    ];

    [Theory]
    [InlineData(null, null, null, new[] { 0, 1, 2, 3, 4, 6 })]
    [InlineData("prop-1", null, null, new[] { 0, 3 })]
    [InlineData(null, "pseudo-a", null, new[] { 0, 3, 4, 6 })]
    [InlineData(null, null, "unit-1", new[] { 0, 2, 3 })]
    [InlineData(null, "pseudo-a", "unit-1", new[] { 0, 3 })]
    [InlineData("prop-2", "pseudo-a", null, new int[0])]
    public async Task ListAuditEntries_FiltersAreAnded_InTheOrderWritten_PageByPage(string? proposalId, string? pseudonym, string? unitId, int[] expected)
    {
        var db = await OpenWithRegionsAsync();
        foreach (var entry in Written)
        {
            await db.AuditTrail.AppendAsync(entry, Cancel);
        }
        var query = new AuditQuery(proposalId, pseudonym, unitId is null ? null : "talis", unitId);

        var listed = new List<AuditEntry>();
        string? after = null;
        do
        {
            var page = await db.AuditTrail.ListAuditEntriesAsync(TestData.RegionId, query, new PageRequest(2, after), Cancel);
            Assert.True(page.Items.Count <= 2);
            listed.AddRange(page.Items);
            after = page.NextAfter;
        }
        while (after is not null);

        Assert.Equal(expected.Select(n => Written[n] with { Sequence = n + 1 }), listed);
    }

    // A watcher resumes "after sequence n": a line numbered n + 1 must never commit while line n is still uncommitted,
    // or the watcher passes n and never sees it. SQLite lets one writer at a time commit; SQL Server needs the lock.
    [Fact]
    public async Task Append_WhileAnEarlierAppendIsUncommitted_WaitsForItsCommit_SoSequencesCommitInOrder()
    {
        var db = await OpenWithRegionsAsync();
        await using var first = db.Dialect.CreateConnection((await OptionsAsync()).ConnectionString);
        await first.OpenAsync(Cancel);
        await using var transaction = await first.BeginTransactionAsync(Cancel);
        if (db.Dialect.BeforeAuditAppend is { } turn)
        {
            await first.ExecuteAsync(new CommandDefinition(turn, transaction: transaction, cancellationToken: Cancel));
        }
        await first.ExecuteAsync(new CommandDefinition(
            "INSERT INTO audit_entries (region_id, occurred_at, actor, subject_kind, subject_id, action) "
            + $"VALUES ('{TestData.RegionId}', '2026-11-25T08:00:00.0000000Z', 'MunicipalDesk:0268', 1, 'prop-1', 'Propose')",
            transaction: transaction, cancellationToken: Cancel));

        // On its own thread: SQLite's driver waits for the write lock synchronously inside the async call.
        var second = Task.Run(() => db.AuditTrail.AppendAsync(Entry(1, AuditSubjectKind.Proposal, "prop-2", "pseudo-b", "unit-2"), Cancel), Cancel);
        await Task.WhenAny(second, Task.Delay(TimeSpan.FromMilliseconds(500), Cancel));
        Assert.False(second.IsCompleted, "the second append committed while the first was still open");

        await transaction.CommitAsync(Cancel);
        await second;
        var listed = await db.AuditTrail.ListAuditEntriesAsync(TestData.RegionId, new AuditQuery(), new PageRequest(10, null), Cancel);
        Assert.Equal(["prop-1", "prop-2"], listed.Items.OrderBy(e => e.Sequence).Select(e => e.SubjectId));
    }

    [Fact]
    public async Task ListAuditEntries_AfterThatIsNoSequence_IsRefused()
    {
        var db = await OpenWithRegionsAsync();

        await Assert.ThrowsAsync<ArgumentException>(() =>
            db.AuditTrail.ListAuditEntriesAsync(TestData.RegionId, new AuditQuery(), new PageRequest(2, "prop-1"), Cancel));
    }
}

public sealed class AuditTrailTestsSqlite() : AuditTrailTests(new SqliteTestStore());

public sealed class AuditTrailTestsSqlServer() : AuditTrailTests(new SqlServerTestStore());
