using BeschermdThuis.Matching.Domain.Audit;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Storage.Tests.Support;

namespace BeschermdThuis.Matching.Storage.Tests;

public abstract class ProposalRepositoryTests(ITestStore store) : StorageTestBase(store)
{
    [Fact]
    public async Task CreateProposal_EveryField_RoundTripsWithItsAuditLine()
    {
        var db = await OpenWithRegionsAsync();
        var draft = ProposalData.Draft(1);
        var full = ProposalData.Full(2) with { Client = new ClientReference("desk-0002"), UnitId = "unit-2" };

        await db.Proposals.CreateProposalAsync(draft, ProposalData.Audit(draft), Cancel);
        await db.Proposals.CreateProposalAsync(full, ProposalData.Audit(full), Cancel);

        Assert.Equal(new Versioned<Proposal>(draft, 1), await db.Proposals.GetProposalAsync(TestData.RegionId, draft.Id, Cancel));
        Assert.Equal(new Versioned<Proposal>(full, 1), await db.Proposals.GetProposalAsync(TestData.RegionId, full.Id, Cancel));
        Assert.Null(await db.Proposals.GetProposalAsync(TestData.OtherRegionId, draft.Id, Cancel));
        var audit = await db.AuditTrail.ListAuditEntriesAsync(TestData.RegionId, new AuditQuery(ProposalId: full.Id), PageRequest.First(10), Cancel);
        var entry = Assert.Single(audit.Items);
        Assert.Equal(ProposalData.Audit(full) with { Sequence = entry.Sequence }, entry);
    }

    [Fact]
    public async Task UpdateProposalIfVersion_CurrentVersion_ReplacesEveryChangeableFieldAndRaisesTheVersion()
    {
        var db = await OpenWithRegionsAsync();
        var draft = ProposalData.Draft(1);
        await db.Proposals.CreateProposalAsync(draft, ProposalData.Audit(draft), Cancel);
        var changed = ProposalData.Full(1);

        var outcome = await db.Proposals.UpdateProposalIfVersionAsync(changed, 1, ProposalData.Audit(changed, "Decline", "Draft"), Cancel);

        Assert.Equal(UpdateOutcome.Updated, outcome);
        Assert.Equal(new Versioned<Proposal>(changed, 2), await db.Proposals.GetProposalAsync(TestData.RegionId, draft.Id, Cancel));
        Assert.Equal(2, await CountAsync(db, "audit_entries"));
    }

    [Fact]
    public async Task UpdateProposalIfVersion_StaleOrMissing_WritesNothing()
    {
        var db = await OpenWithRegionsAsync();
        var draft = ProposalData.Draft(1);
        await db.Proposals.CreateProposalAsync(draft, ProposalData.Audit(draft), Cancel);
        var proposed = draft with { State = ProposalState.ProposedToCorporation, UpdatedAt = draft.UpdatedAt.AddHours(1) };
        Assert.Equal(UpdateOutcome.Updated, await db.Proposals.UpdateProposalIfVersionAsync(proposed, 1, ProposalData.Audit(proposed), Cancel));

        var stale = await db.Proposals.UpdateProposalIfVersionAsync(ProposalData.Full(1), 1, ProposalData.Audit(ProposalData.Full(1)), Cancel);
        var missing = await db.Proposals.UpdateProposalIfVersionAsync(ProposalData.Draft(9), 1, ProposalData.Audit(ProposalData.Draft(9)), Cancel);

        Assert.Equal(UpdateOutcome.Stale, stale);
        Assert.Equal(UpdateOutcome.NotFound, missing);
        Assert.Equal(new Versioned<Proposal>(proposed, 2), await db.Proposals.GetProposalAsync(TestData.RegionId, draft.Id, Cancel));
        Assert.Equal(2, await CountAsync(db, "audit_entries"));
    }

    [Fact]
    public async Task UpdateProposalIfVersion_32ConcurrentWithTheSameVersion_ExactlyOneIsUpdated()
    {
        var db = await OpenWithRegionsAsync();
        var draft = ProposalData.Draft(1);
        await db.Proposals.CreateProposalAsync(draft, ProposalData.Audit(draft), Cancel);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 32).Select(i => Task.Run(() =>
        {
            var next = draft with { State = ProposalState.ProposedToCorporation, UpdatedAt = draft.UpdatedAt.AddSeconds(i) };
            return db.Proposals.UpdateProposalIfVersionAsync(next, 1, ProposalData.Audit(next), Cancel);
        }, Cancel)));

        Assert.Single(outcomes, o => o == UpdateOutcome.Updated);
        Assert.Equal(31, outcomes.Count(o => o == UpdateOutcome.Stale));
        Assert.Equal(2, (await db.Proposals.GetProposalAsync(TestData.RegionId, draft.Id, Cancel))!.Version);
        Assert.Equal(2, await CountAsync(db, "audit_entries"));
    }

    [Fact]
    public async Task CreateProposal_SecondActiveForTheUnitOrTheClient_IsRefusedAndLeavesNoAuditLine()
    {
        var db = await OpenWithRegionsAsync();
        var first = ProposalData.Draft(1, "desk-0001", "unit-1", state: ProposalState.AcceptedByClient);
        await db.Proposals.CreateProposalAsync(first, ProposalData.Audit(first), Cancel);
        var sameUnit = ProposalData.Draft(2, "desk-0002", "unit-1");
        var sameClient = ProposalData.Draft(3, "desk-0001", "unit-2");

        var unitError = await Assert.ThrowsAsync<ActiveProposalExistsException>(
            () => db.Proposals.CreateProposalAsync(sameUnit, ProposalData.Audit(sameUnit), Cancel));
        var clientError = await Assert.ThrowsAsync<ActiveProposalExistsException>(
            () => db.Proposals.CreateProposalAsync(sameClient, ProposalData.Audit(sameClient), Cancel));

        Assert.Equal("unit corporations/talis/units/unit-1 already has an active proposal", unitError.Message);
        Assert.Equal("client municipalities/GM0268/clients/desk-0001 already has an active proposal", clientError.Message);
        Assert.Equal(1, await CountAsync(db, "proposals"));
        Assert.Equal(1, await CountAsync(db, "audit_entries"));
        await Assert.ThrowsAsync<AlreadyExistsException>(
            () => db.Proposals.CreateProposalAsync(first with { UnitId = "unit-3", Client = new ClientReference("desk-0003") }, ProposalData.Audit(first), Cancel));
    }

    [Fact]
    public async Task CreateProposal_AfterTheFirstEnded_IsAllowedForTheSameUnitAndClient()
    {
        var db = await OpenWithRegionsAsync();
        var draft = ProposalData.Draft(1);
        await db.Proposals.CreateProposalAsync(draft, ProposalData.Audit(draft), Cancel);
        var declined = ProposalData.Full(1, ProposalState.DeclinedByCorporation);
        Assert.Equal(UpdateOutcome.Updated, await db.Proposals.UpdateProposalIfVersionAsync(declined, 1, ProposalData.Audit(declined), Cancel));
        var again = ProposalData.Draft(2);

        await db.Proposals.CreateProposalAsync(again, ProposalData.Audit(again), Cancel);

        Assert.Equal(
            [again.Id, draft.Id],
            (await db.Proposals.ListProposalsAsync(TestData.RegionId, new ProposalFilter(), PageRequest.First(10), Cancel)).Items.Select(p => p.Value.Id));
    }

    [Fact]
    public async Task UpdateProposalIfVersion_TenancySigned_HousesTheClientAndLetsTheUnitRaisingTheirVersions()
    {
        var db = await OpenWithClientAndUnitAsync();
        var accepted = ProposalData.Draft(1, state: ProposalState.AcceptedByClient);
        await db.Proposals.CreateProposalAsync(accepted, ProposalData.Audit(accepted), Cancel);
        var signed = ProposalData.Full(1, ProposalState.TenancySigned) with { Decision = null, RespondBy = null };

        var outcome = await db.Proposals.UpdateProposalIfVersionAsync(signed, 1, ProposalData.Audit(signed, "Sign", "AcceptedByClient"), Cancel);

        Assert.Equal(UpdateOutcome.Updated, outcome);
        var client = await db.Clients.GetVersionedClientAsync(TestData.Nijmegen, new ClientReference("desk-0001"), Cancel);
        var unit = await db.Stock.GetVersionedUnitAsync("talis", "unit-1", Cancel);
        Assert.Equal((ClientStatus.Housed, 2L), (client!.Value.Status, client.Version));
        Assert.Equal((UnitStatus.Let, 2L), (unit!.Value.Status, unit.Version));
    }

    [Fact]
    public async Task UpdateProposalIfVersion_TenancySignedButTheAuditLineFails_ChangesNothing()
    {
        var db = await OpenWithClientAndUnitAsync();
        var accepted = ProposalData.Draft(1, state: ProposalState.AcceptedByClient);
        await db.Proposals.CreateProposalAsync(accepted, ProposalData.Audit(accepted), Cancel);
        await ExecuteAsync(db, Store.FailingInsertTrigger("audit_entries"));
        var signed = ProposalData.Full(1, ProposalState.TenancySigned) with { Decision = null };

        await Assert.ThrowsAnyAsync<Exception>(() => db.Proposals.UpdateProposalIfVersionAsync(signed, 1, ProposalData.Audit(signed), Cancel));

        Assert.Equal(new Versioned<Proposal>(accepted, 1), await db.Proposals.GetProposalAsync(TestData.RegionId, accepted.Id, Cancel));
        var client = await db.Clients.GetVersionedClientAsync(TestData.Nijmegen, new ClientReference("desk-0001"), Cancel);
        var unit = await db.Stock.GetVersionedUnitAsync("talis", "unit-1", Cancel);
        Assert.Equal((ClientStatus.Waiting, 1L), (client!.Value.Status, client.Version));
        Assert.Equal((UnitStatus.Available, 1L), (unit!.Value.Status, unit.Version));
    }

    private async Task<MatchingDatabase> OpenWithClientAndUnitAsync()
    {
        var db = await OpenWithRegionsAsync();
        await db.Stock.SaveCorporationAsync(TestData.Corporation(), Cancel);
        await db.Stock.CreateUnitAsync(TestData.RegionId, TestData.Unit("unit-1"), Cancel);
        await db.Clients.CreateClientAsync(TestData.Client("desk-0001"), Cancel);
        return db;
    }
}

public sealed class ProposalRepositoryTestsSqlite() : ProposalRepositoryTests(new SqliteTestStore());

public sealed class ProposalRepositoryTestsSqlServer() : ProposalRepositoryTests(new SqlServerTestStore());
