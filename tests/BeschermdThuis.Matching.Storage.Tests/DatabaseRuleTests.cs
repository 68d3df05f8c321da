using System.Data.Common;
using BeschermdThuis.Matching.Domain.Audit;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Storage.Tests.Support;

namespace BeschermdThuis.Matching.Storage.Tests;

/// <summary>
/// What the database itself enforces, tried with plain SQL past the repositories: at most one active proposal per
/// unit and per client, and no UPDATE or DELETE on the audit trail or the pair overrides.
/// </summary>
public abstract class DatabaseRuleTests(ITestStore store) : StorageTestBase(store)
{
    private const string At = "2026-11-25T08:15:30.0000000Z";

    public static TheoryData<ProposalState> EveryState() => [.. Enum.GetValues<ProposalState>()];

    [Theory]
    [MemberData(nameof(EveryState))]
    public async Task PlainInsert_SecondActiveProposalForTheUnit_IsRefusedOnlyWhileTheFirstIsActive(ProposalState first)
    {
        var db = await OpenWithRegionsAsync();
        await ExecuteAsync(db, InsertProposal("prop-1", "desk-0001", "unit-1", first));

        var error = await Record.ExceptionAsync(() => ExecuteAsync(db, InsertProposal("prop-2", "desk-0002", "unit-1", ProposalState.Draft)));

        AssertRefusedExactlyWhenActive(db, first, error);
    }

    [Theory]
    [MemberData(nameof(EveryState))]
    public async Task PlainInsert_SecondActiveProposalForTheClient_IsRefusedOnlyWhileTheFirstIsActive(ProposalState first)
    {
        var db = await OpenWithRegionsAsync();
        await ExecuteAsync(db, InsertProposal("prop-1", "desk-0001", "unit-1", first));

        var error = await Record.ExceptionAsync(() => ExecuteAsync(db, InsertProposal("prop-2", "desk-0001", "unit-2", ProposalState.AcceptedByClient)));

        AssertRefusedExactlyWhenActive(db, first, error);
    }

    [Fact]
    public async Task PlainUpdate_ReactivatingAnEndedProposalBesideAnActiveOne_IsRefused()
    {
        var db = await OpenWithRegionsAsync();
        await ExecuteAsync(db, InsertProposal("prop-1", "desk-0001", "unit-1", ProposalState.Withdrawn));
        await ExecuteAsync(db, InsertProposal("prop-2", "desk-0002", "unit-1", ProposalState.OfferedToClient));

        var error = await Record.ExceptionAsync(() => ExecuteAsync(db, "UPDATE proposals SET state = 1 WHERE proposal_id = 'prop-1'"));

        Assert.True(error is not null && db.Dialect.IsUniqueViolation(error), $"not refused as a unique violation: {error}");
        Assert.Equal([(int)ProposalState.Withdrawn], await QueryAsync<int>(db, "SELECT state FROM proposals WHERE proposal_id = 'prop-1'"));
    }

    [Theory]
    [InlineData("UPDATE audit_entries SET actor = 'someone-else'")]
    [InlineData("UPDATE audit_entries SET reason = NULL WHERE sequence = 1")]
    [InlineData("DELETE FROM audit_entries")]
    [InlineData("DELETE FROM audit_entries WHERE sequence = 1")]
    public async Task PlainUpdateOrDelete_OnTheAuditTrail_IsRefusedByTheDatabase(string sql)
    {
        var db = await OpenWithRegionsAsync();
        var entry = new AuditEntry(0, TestData.RegionId, ProposalData.Morning, "MunicipalDesk:GM0268", AuditSubjectKind.Proposal, "prop-1",
            "Decline", "OfferedToClient", "DeclinedByClient", "location", "pseudo-1", "talis", "unit-1");
        await db.AuditTrail.AppendAsync(entry, Cancel);

        var error = await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(db, sql));

        Assert.Contains("audit_entries is append-only", error.Message, StringComparison.Ordinal);
        var stored = await db.AuditTrail.ListAuditEntriesAsync(TestData.RegionId, new AuditQuery(), PageRequest.First(10), Cancel);
        Assert.Equal([entry with { Sequence = 1 }], stored.Items);
    }

    [Theory]
    [InlineData("UPDATE pair_overrides SET justification = 'anders'")]
    [InlineData("DELETE FROM pair_overrides")]
    public async Task PlainUpdateOrDelete_OnPairOverrides_IsRefusedByTheDatabase(string sql)
    {
        var db = await OpenWithRegionsAsync();
        var pairOverride = new PairOverride(TestData.RegionId, TestData.Nijmegen, new ClientReference("desk-0001"), "talis", "unit-1",
            "Begeleiding is inmiddels rond.", "MunicipalDesk:GM0268", ProposalData.Morning);
        await db.Proposals.CreatePairOverrideAsync(pairOverride, ProposalData.Audit(ProposalData.Draft(1)), Cancel);

        var error = await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(db, sql));

        Assert.Contains("pair_overrides is append-only", error.Message, StringComparison.Ordinal);
        Assert.Equal([pairOverride], await db.Proposals.ListPairOverridesAsync(TestData.RegionId, Cancel));
    }

    private static string InsertProposal(string id, string client, string unit, ProposalState state) =>
        "INSERT INTO proposals (region_id, proposal_id, run_id, municipality_code, client_ref, corporation_id, unit_id, neighbourhood_code,"
        + " state, created_at, updated_at)"
        + $" VALUES ('{TestData.RegionId}', '{id}', 'run-1', 'GM0268', '{client}', 'talis', '{unit}', 'BU02680101', {(int)state}, '{At}', '{At}')";

    private static void AssertRefusedExactlyWhenActive(MatchingDatabase db, ProposalState first, Exception? error)
    {
        if (first.IsActive())
        {
            Assert.True(error is not null && db.Dialect.IsUniqueViolation(error), $"not refused as a unique violation: {error}");
        }
        else
        {
            Assert.Null(error);
        }
    }
}

public sealed class DatabaseRuleTestsSqlite() : DatabaseRuleTests(new SqliteTestStore());

public sealed class DatabaseRuleTestsSqlServer() : DatabaseRuleTests(new SqlServerTestStore());
