using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Storage.Tests.Support;

namespace BeschermdThuis.Matching.Storage.Tests;

public abstract class StockRepositoryTests(ITestStore store) : StorageTestBase(store)
{
    private async Task<MatchingDatabase> OpenWithRegionAndCorporationAsync()
    {
        var db = await OpenAsync();
        await db.Regions.SaveRegionAsync(TestData.Region(), Cancel);
        await db.Stock.SaveCorporationAsync(TestData.Corporation(), Cancel);
        return db;
    }

    [Fact]
    public async Task SaveCorporation_RoundTripsAndRenames()
    {
        var db = await OpenAsync();
        await db.Stock.SaveCorporationAsync(TestData.Corporation("talis"), Cancel);
        await db.Stock.SaveCorporationAsync(TestData.Corporation("portaal"), Cancel);

        await db.Stock.SaveCorporationAsync(new HousingCorporation("talis", "Talis Woonbedrijf"), Cancel);

        Assert.Equal(new HousingCorporation("talis", "Talis Woonbedrijf"), await db.Stock.GetCorporationAsync("talis", Cancel));
        Assert.Equal([TestData.Corporation("portaal"), new HousingCorporation("talis", "Talis Woonbedrijf")],
            await db.Stock.ListCorporationsAsync(Cancel));
        Assert.Null(await db.Stock.GetCorporationAsync("woonwaarts", Cancel));
    }

    [Fact]
    public async Task CreateUnit_RoundTripsEveryField()
    {
        var db = await OpenWithRegionAndCorporationAsync();
        var unit = TestData.Unit("unit-1");

        await db.Stock.CreateUnitAsync(TestData.RegionId, unit, Cancel);

        var stored = await db.Stock.GetUnitAsync("talis", "unit-1", Cancel);
        Assert.Equal(unit, stored);
        Assert.Equal(5.8612345678901234, stored!.Location.Longitude);
        Assert.Equal(new EuroCents(81_240), stored.Rent.NetRent);
    }

    [Fact]
    public async Task CreateUnit_SameIdTwice_ThrowsAlreadyExistsAndKeepsTheFirst()
    {
        var db = await OpenWithRegionAndCorporationAsync();
        await db.Stock.CreateUnitAsync(TestData.RegionId, TestData.Unit("unit-1"), Cancel);

        var error = await Assert.ThrowsAsync<AlreadyExistsException>(() =>
            db.Stock.CreateUnitAsync(TestData.RegionId, TestData.Unit("unit-1", status: UnitStatus.Let), Cancel));

        Assert.Equal("corporations/talis/units/unit-1", error.Resource);
        Assert.Equal(UnitStatus.Available, (await db.Stock.GetUnitAsync("talis", "unit-1", Cancel))!.Status);
    }

    [Fact]
    public async Task CreateUnit_IdAnotherCorporationUsesInTheRegion_ThrowsAlreadyExistsAndKeepsTheFirst()
    {
        // The reproduction of issue 10: a second corporation reusing an id made every match of the region fail.
        var db = await OpenWithRegionAndCorporationAsync();
        await db.Stock.SaveCorporationAsync(TestData.Corporation("portaal"), Cancel);
        await db.Stock.CreateUnitAsync(TestData.RegionId, TestData.Unit("unit-1"), Cancel);

        var error = await Assert.ThrowsAsync<AlreadyExistsException>(() =>
            db.Stock.CreateUnitAsync(TestData.RegionId, TestData.Unit("unit-1", "portaal", UnitStatus.Let), Cancel));

        Assert.Equal("corporations/portaal/units/unit-1", error.Resource);
        Assert.Equal(TestData.Unit("unit-1"), await db.Stock.GetUnitAsync("talis", "unit-1", Cancel));
        Assert.Null(await db.Stock.GetUnitAsync("portaal", "unit-1", Cancel));
        var units = await db.Stock.ListUnitsInRegionAsync(TestData.RegionId, UnitStatus.Available, Cancel);
        Assert.Equal([("talis", "unit-1")], units.Select(u => (u.CorporationId, u.Id)));
    }

    [Fact]
    public async Task CreateUnit_SameIdInAnotherRegion_IsAnotherUnit()
    {
        var db = await OpenWithRegionAndCorporationAsync();
        await db.Regions.SaveRegionAsync(TestData.OtherRegion(), Cancel);
        await db.Stock.SaveCorporationAsync(TestData.Corporation("portaal"), Cancel);

        await db.Stock.CreateUnitAsync(TestData.RegionId, TestData.Unit("unit-1"), Cancel);
        await db.Stock.CreateUnitAsync(TestData.OtherRegionId, TestData.Unit("unit-1", "portaal"), Cancel);

        Assert.NotNull(await db.Stock.GetUnitAsync("portaal", "unit-1", Cancel));
        Assert.NotNull(await db.Stock.GetUnitAsync("talis", "unit-1", Cancel));
    }

    [Fact]
    public async Task UpdateUnit_Existing_ReplacesEveryField()
    {
        var db = await OpenWithRegionAndCorporationAsync();
        await db.Stock.CreateUnitAsync(TestData.RegionId, TestData.Unit("unit-1"), Cancel);
        var changed = new HousingUnit("unit-1", "talis", new GeoPoint(5.8811111111111111, 51.8422222222222222),
            new NeighbourhoodCode("BU02680201"), DwellingType.SkaeveHuse, 1, new UnitAccess(0, false),
            new UnitRent(new EuroCents(49_999), EuroCents.Zero), TenancyKind.Indefinite, ContractForm.OwnName,
            new DateOnly(2027, 1, 1), UnitStatus.Reserved);

        Assert.True(await db.Stock.UpdateUnitAsync(changed, Cancel));

        Assert.Equal(changed, await db.Stock.GetUnitAsync("talis", "unit-1", Cancel));
    }

    [Fact]
    public async Task UpdateAndDeleteUnit_Missing_ReturnFalse()
    {
        var db = await OpenWithRegionAndCorporationAsync();

        Assert.False(await db.Stock.UpdateUnitAsync(TestData.Unit("ghost"), Cancel));
        Assert.False(await db.Stock.DeleteUnitAsync("talis", "ghost", Cancel));
        Assert.Null(await db.Stock.GetUnitAsync("talis", "ghost", Cancel));
    }

    [Fact]
    public async Task DeleteUnit_Existing_RemovesIt()
    {
        var db = await OpenWithRegionAndCorporationAsync();
        await db.Stock.CreateUnitAsync(TestData.RegionId, TestData.Unit("unit-1"), Cancel);

        Assert.True(await db.Stock.DeleteUnitAsync("talis", "unit-1", Cancel));

        Assert.Null(await db.Stock.GetUnitAsync("talis", "unit-1", Cancel));
        Assert.False(await db.Stock.DeleteUnitAsync("talis", "unit-1", Cancel));
    }

    [Fact]
    public async Task ListUnits_Paged_WalksEveryPageOfTheCorporationOnly()
    {
        var db = await OpenWithRegionAndCorporationAsync();
        await db.Stock.SaveCorporationAsync(TestData.Corporation("portaal"), Cancel);
        foreach (var id in new[] { "unit-e", "unit-a", "unit-d", "unit-b", "unit-c" })
        {
            await db.Stock.CreateUnitAsync(TestData.RegionId, TestData.Unit(id), Cancel);
        }
        await db.Stock.CreateUnitAsync(TestData.RegionId, TestData.Unit("unit-b2", "portaal"), Cancel);

        var ids = new List<string>();
        var page = await db.Stock.ListUnitsAsync("talis", PageRequest.First(2), Cancel);
        var pages = 1;
        ids.AddRange(page.Items.Select(u => u.Value.Id));
        while (page.NextAfter is not null)
        {
            page = await db.Stock.ListUnitsAsync("talis", new PageRequest(2, page.NextAfter), Cancel);
            ids.AddRange(page.Items.Select(u => u.Value.Id));
            pages++;
        }

        Assert.Equal(["unit-a", "unit-b", "unit-c", "unit-d", "unit-e"], ids);
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task ListUnits_PageSizeBelowOne_IsRejected()
    {
        var db = await OpenWithRegionAndCorporationAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => db.Stock.ListUnitsAsync("talis", PageRequest.First(0), Cancel));
    }

    [Fact]
    public async Task ListUnitsInRegion_ReturnsTheRegionsUnitsWithTheStatus_ByCorporationAndId()
    {
        var db = await OpenWithRegionAndCorporationAsync();
        await db.Regions.SaveRegionAsync(TestData.OtherRegion(), Cancel);
        await db.Stock.SaveCorporationAsync(TestData.Corporation("portaal"), Cancel);
        await db.Stock.CreateUnitAsync(TestData.RegionId, TestData.Unit("unit-2"), Cancel);
        await db.Stock.CreateUnitAsync(TestData.RegionId, TestData.Unit("unit-3", "portaal"), Cancel);
        await db.Stock.CreateUnitAsync(TestData.RegionId, TestData.Unit("unit-1"), Cancel);
        await db.Stock.CreateUnitAsync(TestData.RegionId, TestData.Unit("unit-let", status: UnitStatus.Let), Cancel);
        await db.Stock.CreateUnitAsync(TestData.OtherRegionId, TestData.Unit("unit-arnhem"), Cancel);

        var units = await db.Stock.ListUnitsInRegionAsync(TestData.RegionId, UnitStatus.Available, Cancel);

        Assert.Equal([("portaal", "unit-3"), ("talis", "unit-1"), ("talis", "unit-2")], units.Select(u => (u.CorporationId, u.Id)));
        Assert.Equal(["unit-let"], (await db.Stock.ListUnitsInRegionAsync(TestData.RegionId, UnitStatus.Let, Cancel)).Select(u => u.Id));
    }
}

public sealed class StockRepositoryTestsSqlite() : StockRepositoryTests(new SqliteTestStore());

public sealed class StockRepositoryTestsSqlServer() : StockRepositoryTests(new SqlServerTestStore());
