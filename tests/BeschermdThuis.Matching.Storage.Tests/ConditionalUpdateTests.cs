using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Storage.Tests.Support;

namespace BeschermdThuis.Matching.Storage.Tests;

/// <summary>
/// Every updatable row has a version: created at 1, raised by every update; a conditional update over another version
/// changes nothing and says "stale", over a missing row "not found".
/// </summary>
public abstract class ConditionalUpdateTests(ITestStore store) : StorageTestBase(store)
{
    [Fact]
    public async Task UpdateUnitIfVersion_CurrentVersion_ReplacesAndRaisesTheVersion()
    {
        var db = await OpenWithUnitAsync();
        var changed = TestData.Unit("unit-1", status: UnitStatus.Reserved);

        Assert.Equal(UpdateOutcome.Updated, await db.Stock.UpdateUnitIfVersionAsync(changed, Versioned.FirstVersion, Cancel));

        Assert.Equal(new Versioned<HousingUnit>(changed, 2), await db.Stock.GetVersionedUnitAsync("talis", "unit-1", Cancel));
    }

    [Fact]
    public async Task UpdateUnitIfVersion_StaleVersion_IsStaleAndLeavesTheRow()
    {
        var db = await OpenWithUnitAsync();
        Assert.Equal(UpdateOutcome.Updated,
            await db.Stock.UpdateUnitIfVersionAsync(TestData.Unit("unit-1", status: UnitStatus.Withdrawn), 1, Cancel));

        var outcome = await db.Stock.UpdateUnitIfVersionAsync(TestData.Unit("unit-1", status: UnitStatus.Reserved), 1, Cancel);

        Assert.Equal(UpdateOutcome.Stale, outcome);
        Assert.Equal(new Versioned<HousingUnit>(TestData.Unit("unit-1", status: UnitStatus.Withdrawn), 2),
            await db.Stock.GetVersionedUnitAsync("talis", "unit-1", Cancel));
    }

    [Fact]
    public async Task UpdateUnitIfVersion_Missing_IsNotFound()
    {
        var db = await OpenWithUnitAsync();

        Assert.Equal(UpdateOutcome.NotFound, await db.Stock.UpdateUnitIfVersionAsync(TestData.Unit("ghost"), 1, Cancel));
        Assert.Null(await db.Stock.GetVersionedUnitAsync("talis", "ghost", Cancel));
    }

    [Fact]
    public async Task UnconditionalUpdate_RaisesTheVersionToo()
    {
        var db = await OpenWithUnitAsync();

        Assert.True(await db.Stock.UpdateUnitAsync(TestData.Unit("unit-1", status: UnitStatus.Withdrawn), Cancel));

        Assert.Equal(2, (await db.Stock.GetVersionedUnitAsync("talis", "unit-1", Cancel))!.Version);
        Assert.Equal(UpdateOutcome.Stale, await db.Stock.UpdateUnitIfVersionAsync(TestData.Unit("unit-1"), 1, Cancel));
    }

    [Fact]
    public async Task UpdateClientIfVersion_StaleVersion_LeavesTheClientAndItsLists()
    {
        var db = await OpenAsync();
        var original = TestData.Client("desk-0001");
        await db.Clients.CreateClientAsync(original, Cancel);
        var key = (TestData.Nijmegen, new ClientReference("desk-0001"));
        Assert.Equal(UpdateOutcome.Updated, await db.Clients.UpdateClientIfVersionAsync(original, 1, Cancel));
        var before = await CountAsync(db, "client_area_wishes");
        var withoutLists = new Client(key.Item2, key.Item1, 1, original.IncomeBand, original.ReadinessDate, new HousingWishes([], []),
            original.Needs, new RecoveryConstraints([], null, 0, []), original.Consent, null, ClientStatus.Proposed);

        var outcome = await db.Clients.UpdateClientIfVersionAsync(withoutLists, 1, Cancel);

        Assert.Equal(UpdateOutcome.Stale, outcome);
        Assert.Equal(new Versioned<Client>(original, 2), await db.Clients.GetVersionedClientAsync(key.Item1, key.Item2, Cancel));
        Assert.Equal(before, await CountAsync(db, "client_area_wishes"));
        Assert.Equal(UpdateOutcome.NotFound,
            await db.Clients.UpdateClientIfVersionAsync(TestData.Client("ghost"), 1, Cancel));
    }

    [Fact]
    public async Task UpdateCareTeamAgreementAndNeighbourhoodIfVersion_StaleOrCurrent()
    {
        var db = await OpenWithRegionsAsync();
        await db.Regions.SaveNeighbourhoodsAsync(TestData.RegionId, TestData.Neighbourhoods(), Cancel);
        var team = TestData.CareTeam("fact-centrum", null, TestData.Nijmegen);
        await db.CareTeams.CreateCareTeamAsync(TestData.RegionId, team, Cancel);
        var agreement = TestData.Agreement("talis-2026");
        await db.Agreements.CreateAgreementAsync(TestData.RegionId, agreement, Cancel);
        var neighbourhood = TestData.Neighbourhoods()[0];
        var changedNeighbourhood = TestData.Neighbourhood(neighbourhood.Code.Value, TestData.Square(5.85, 51.835, 0.01), new LoadLimits(2, 0.5m));

        Assert.Equal(UpdateOutcome.Updated, await db.CareTeams.UpdateCareTeamIfVersionAsync(TestData.RegionId, team, 1, Cancel));
        Assert.Equal(UpdateOutcome.Stale, await db.CareTeams.UpdateCareTeamIfVersionAsync(TestData.RegionId, team, 1, Cancel));
        Assert.Equal(UpdateOutcome.Updated, await db.Agreements.UpdateAgreementIfVersionAsync(TestData.RegionId, agreement, 1, Cancel));
        Assert.Equal(UpdateOutcome.Stale,
            await db.Agreements.UpdateAgreementIfVersionAsync(TestData.RegionId, TestData.Agreement("talis-2026", cap: 30), 1, Cancel));
        Assert.Equal(UpdateOutcome.Updated,
            await db.Regions.UpdateNeighbourhoodIfVersionAsync(TestData.RegionId, changedNeighbourhood, 1, Cancel));
        Assert.Equal(UpdateOutcome.Stale, await db.Regions.UpdateNeighbourhoodIfVersionAsync(TestData.RegionId, neighbourhood, 1, Cancel));

        Assert.Equal(new Versioned<Domain.Care.CareTeam>(team, 2), await db.CareTeams.GetVersionedCareTeamAsync(TestData.RegionId, team.Id, Cancel));
        Assert.Equal(new Versioned<Domain.Agreements.PerformanceAgreement>(agreement, 2),
            await db.Agreements.GetVersionedAgreementAsync(TestData.RegionId, agreement.Id, Cancel));
        var stored = (await db.Regions.GetVersionedNeighbourhoodAsync(TestData.RegionId, neighbourhood.Code, Cancel))!;
        Assert.Equal(2, stored.Version);
        Same.Neighbourhood(changedNeighbourhood, stored.Value);
    }

    [Fact]
    public async Task SaveNeighbourhoods_Again_RaisesTheVersion()
    {
        var db = await OpenWithRegionsAsync();
        await db.Regions.SaveNeighbourhoodsAsync(TestData.RegionId, TestData.Neighbourhoods(), Cancel);
        var code = TestData.Neighbourhoods()[0].Code;

        await db.Regions.SaveNeighbourhoodsAsync(TestData.RegionId, [TestData.Neighbourhoods()[0]], Cancel);

        Assert.Equal(2, (await db.Regions.GetVersionedNeighbourhoodAsync(TestData.RegionId, code, Cancel))!.Version);
        Assert.Equal(1, (await db.Regions.GetVersionedNeighbourhoodAsync(TestData.RegionId, TestData.Neighbourhoods()[1].Code, Cancel))!.Version);
    }

    private async Task<MatchingDatabase> OpenWithUnitAsync()
    {
        var db = await OpenAsync();
        await db.Regions.SaveRegionAsync(TestData.Region(), Cancel);
        await db.Stock.SaveCorporationAsync(TestData.Corporation(), Cancel);
        await db.Stock.CreateUnitAsync(TestData.RegionId, TestData.Unit("unit-1"), Cancel);
        return db;
    }
}

public sealed class ConditionalUpdateTestsSqlite() : ConditionalUpdateTests(new SqliteTestStore());

public sealed class ConditionalUpdateTestsSqlServer() : ConditionalUpdateTests(new SqlServerTestStore());
