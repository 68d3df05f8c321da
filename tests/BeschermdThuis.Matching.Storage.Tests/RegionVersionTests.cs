using BeschermdThuis.Matching.Storage.Tests.Support;

namespace BeschermdThuis.Matching.Storage.Tests;

/// <summary>The region's version number rises with every write to the region or its neighbourhoods, and only with those.</summary>
public abstract class RegionVersionTests(ITestStore store) : StorageTestBase(store)
{
    [Fact]
    public async Task EveryRegionOrNeighbourhoodWrite_RaisesTheVersion_OtherWritesDoNot()
    {
        var db = await OpenAsync();
        Assert.Equal(0, await db.Regions.GetRegionVersionAsync(TestData.RegionId, Cancel));

        await db.Regions.SaveRegionAsync(TestData.Region(), Cancel);
        var afterRegion = await db.Regions.GetRegionVersionAsync(TestData.RegionId, Cancel);
        await db.Regions.SaveNeighbourhoodsAsync(TestData.RegionId, TestData.Neighbourhoods(), Cancel);
        var afterNeighbourhoods = await db.Regions.GetRegionVersionAsync(TestData.RegionId, Cancel);
        await db.Stock.SaveCorporationAsync(TestData.Corporation("talis"), Cancel);
        await db.Stock.CreateUnitAsync(TestData.RegionId, TestData.Unit("unit-1"), Cancel);

        Assert.True(afterRegion > 0);
        Assert.True(afterNeighbourhoods > afterRegion);
        Assert.Equal(afterNeighbourhoods, await db.Regions.GetRegionVersionAsync(TestData.RegionId, Cancel));
        Assert.Equal(0, await db.Regions.GetRegionVersionAsync(TestData.OtherRegionId, Cancel));
    }
}

public sealed class RegionVersionTestsSqlite() : RegionVersionTests(new SqliteTestStore());

public sealed class RegionVersionTestsSqlServer() : RegionVersionTests(new SqlServerTestStore());
