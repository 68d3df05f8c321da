using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Storage.Tests.Support;

namespace BeschermdThuis.Matching.Storage.Tests;

/// <summary>Listing proposals (filters, pages, overdue, by state) and pair overrides.</summary>
public abstract class ProposalQueryTests(ITestStore store) : StorageTestBase(store)
{
    // Proposal n: client desk-000n, unit unit-n, in the state given; 3 and 6 are in the other region.
    private static readonly (int N, ProposalState State)[] States =
    [
        (1, ProposalState.ProposedToCorporation), (2, ProposalState.DeclinedByClient), (3, ProposalState.OfferedToClient),
        (4, ProposalState.OfferedToClient), (5, ProposalState.ProposedToCorporation), (6, ProposalState.Expired), (7, ProposalState.OfferedToClient),
    ];

    private static Proposal Stored(int n) =>
        ProposalData.Draft(n, $"desk-000{n}", $"unit-{n}", n is 3 or 6 ? TestData.OtherRegionId : TestData.RegionId, States.Single(s => s.N == n).State)
        with { RespondBy = ProposalData.Morning.AddDays(10 - n) };

    [Fact]
    public async Task ListProposals_Filters_AreAndedAndPagedNewestFirst()
    {
        var db = await OpenWithProposalsAsync();

        var all = await ListAllAsync(db, new ProposalFilter(), 2);
        var offered = await ListAllAsync(db, new ProposalFilter(State: ProposalState.OfferedToClient), 1);
        var byUnit = await ListAllAsync(db, new ProposalFilter(CorporationId: "talis", UnitId: "unit-4"), 5);
        var byClient = await ListAllAsync(db, new ProposalFilter(Municipality: TestData.Nijmegen, Client: new ClientReference("desk-0002")), 5);
        var none = await ListAllAsync(db, new ProposalFilter(State: ProposalState.OfferedToClient, UnitId: "unit-5"), 5);

        Assert.Equal([7, 5, 4, 2, 1], all);
        Assert.Equal([7, 4], offered);
        Assert.Equal([4], byUnit);
        Assert.Equal([2], byClient);
        Assert.Empty(none);
    }

    [Fact]
    public async Task ListOverdue_ActiveProposalsOfEveryRegionPastTheirDeadline_OldestDeadlineFirst()
    {
        var db = await OpenWithProposalsAsync();
        // Deadlines: proposal n at Morning + (10 - n) days; at Morning + 5.5 days, 5, 6 and 7 are past (6 is expired).
        var now = ProposalData.Morning.AddDays(5.5);

        var overdue = await db.Proposals.ListOverdueAsync(now, 10, Cancel);
        var first = await db.Proposals.ListOverdueAsync(now, 1, Cancel);

        Assert.Equal([ProposalData.Id(7), ProposalData.Id(5)], overdue.Select(p => p.Value.Id));
        Assert.Equal([ProposalData.Id(7)], first.Select(p => p.Value.Id));
        Assert.Empty(await db.Proposals.ListOverdueAsync(ProposalData.Morning, 10, Cancel));
        Assert.Equal([7, 5, 4, 3, 1],
            (await db.Proposals.ListOverdueAsync(ProposalData.Morning.AddDays(20), 10, Cancel)).Select(p => Convert.ToInt32(p.Value.Id[^8..], 16)));
    }

    [Fact]
    public async Task ListProposalsInStates_TheRegionsProposalsInAnyOfThem()
    {
        var db = await OpenWithProposalsAsync();

        var listed = await db.Proposals.ListProposalsInStatesAsync(
            TestData.RegionId, [ProposalState.OfferedToClient, ProposalState.DeclinedByClient, ProposalState.TenancySigned], Cancel);

        Assert.Equal([Stored(2), Stored(4), Stored(7)], listed);
        Assert.Empty(await db.Proposals.ListProposalsInStatesAsync(TestData.RegionId, [], Cancel));
    }

    [Fact]
    public async Task CreatePairOverride_IsListedInOrderWithItsAuditLine()
    {
        var db = await OpenWithRegionsAsync();
        var first = new PairOverride(TestData.RegionId, TestData.Nijmegen, new ClientReference("desk-0001"), "talis", "unit-1",
            "De cliënt heeft de woning opnieuw bekeken en wil toch.", "MunicipalDesk:GM0268", ProposalData.Morning.AddTicks(3));
        var second = new PairOverride(TestData.RegionId, TestData.Heumen, new ClientReference("desk-0002"), "talis", "unit-2",
            "Begeleiding is inmiddels rond.", "MunicipalDesk:GM0252", ProposalData.Morning.AddDays(1));
        var audit = ProposalData.Audit(ProposalData.Draft(1)) with { SubjectKind = Domain.Audit.AuditSubjectKind.PairOverride, Action = "Override" };

        await db.Proposals.CreatePairOverrideAsync(first, audit, Cancel);
        await db.Proposals.CreatePairOverrideAsync(second, audit, Cancel);

        var listed = await db.Proposals.ListPairOverridesAsync(TestData.RegionId, Cancel);
        Assert.Equal([first, second], listed);
        Assert.Empty(await db.Proposals.ListPairOverridesAsync(TestData.OtherRegionId, Cancel));
        Assert.Equal(2, await CountAsync(db, "audit_entries"));
    }

    // The override lifts the pair's proposals that ended before it was stored, and only those: one that ends after it
    // excludes the pair again even when every instant is the same (a clock that stood still or was set back).
    [Fact]
    public async Task CreatePairOverride_LiftsExactlyThePairsProposalsEndedBeforeIt_WhateverTheirInstants()
    {
        var db = await OpenWithRegionsAsync();
        var at = ProposalData.Morning;
        Proposal Ended(int n, string unit, ProposalState state) => ProposalData.Draft(n, unit: unit) with { State = state, UpdatedAt = at };
        var declined = Ended(1, "unit-1", ProposalState.DeclinedByClient);
        var expired = Ended(2, "unit-1", ProposalState.Expired);
        var otherUnit = Ended(3, "unit-2", ProposalState.DeclinedByCorporation);
        foreach (var proposal in new[] { declined, expired, otherUnit })
        {
            await db.Proposals.CreateProposalAsync(proposal, ProposalData.Audit(proposal), Cancel);
        }
        var pairOverride = new PairOverride(TestData.RegionId, TestData.Nijmegen, new ClientReference("desk-0001"), "talis", "unit-1",
            "Begeleiding is inmiddels rond.", "MunicipalDesk:GM0268", at);
        var audit = ProposalData.Audit(declined) with { SubjectKind = Domain.Audit.AuditSubjectKind.PairOverride, Action = "Override" };

        await db.Proposals.CreatePairOverrideAsync(pairOverride, audit, Cancel);
        var declinedAgain = Ended(4, "unit-1", ProposalState.DeclinedByCorporation);
        await db.Proposals.CreateProposalAsync(declinedAgain, ProposalData.Audit(declinedAgain), Cancel);

        var unlifted = await db.Proposals.ListUnliftedProposalsInStatesAsync(TestData.RegionId, ProposalStates.Ended, Cancel);
        Assert.Equal([otherUnit.Id, declinedAgain.Id], unlifted.Select(p => p.Id));
        Assert.Equal(4, (await db.Proposals.ListProposalsInStatesAsync(TestData.RegionId, ProposalStates.Ended, Cancel)).Count);
    }

    private async Task<MatchingDatabase> OpenWithProposalsAsync()
    {
        var db = await OpenWithRegionsAsync();
        foreach (var (n, _) in States)
        {
            await db.Proposals.CreateProposalAsync(Stored(n), ProposalData.Audit(Stored(n)), Cancel);
        }
        return db;
    }

    /// <summary>Every page in turn; the numbers of the proposals in the order listed.</summary>
    private static async Task<IReadOnlyList<int>> ListAllAsync(MatchingDatabase db, ProposalFilter filter, int pageSize)
    {
        var numbers = new List<int>();
        string? after = null;
        do
        {
            var page = await db.Proposals.ListProposalsAsync(TestData.RegionId, filter, new PageRequest(pageSize, after), Cancel);
            Assert.True(page.Items.Count <= pageSize);
            Assert.All(page.Items, p => Assert.Equal(Stored(Convert.ToInt32(p.Value.Id[^8..], 16)), p.Value));
            numbers.AddRange(page.Items.Select(p => Convert.ToInt32(p.Value.Id[^8..], 16)));
            after = page.NextAfter;
        }
        while (after is not null);
        return numbers;
    }
}

public sealed class ProposalQueryTestsSqlite() : ProposalQueryTests(new SqliteTestStore());

public sealed class ProposalQueryTestsSqlServer() : ProposalQueryTests(new SqlServerTestStore());
