using NetTopologySuite.Geometries;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Storage.Tests.Support;

namespace BeschermdThuis.Matching.Storage.Tests;

public abstract class RegionRepositoryTests(ITestStore store) : StorageTestBase(store)
{
    [Fact]
    public async Task SaveRegion_RoundTripsEveryField()
    {
        var db = await OpenAsync();
        var region = TestData.Region();

        await db.Regions.SaveRegionAsync(region, Cancel);

        Same.Region(region, (await db.Regions.GetRegionAsync(TestData.RegionId, Cancel))!);
    }

    [Fact]
    public async Task SaveRegion_Again_ReplacesNameMunicipalitiesDistrictsAndLimits()
    {
        var db = await OpenAsync();
        await db.Regions.SaveRegionAsync(TestData.Region(), Cancel);
        var changed = new Region(TestData.RegionId, "Rijk van Nijmegen",
            [new Municipality(TestData.Heumen, "Heumen", 16_500)], [], new LoadLimits(5, 0.5m));

        await db.Regions.SaveRegionAsync(changed, Cancel);

        Same.Region(changed, (await db.Regions.GetRegionAsync(TestData.RegionId, Cancel))!);
        Assert.Equal(0, await CountAsync(db, "region_districts"));
    }

    [Fact]
    public async Task GetRegion_Unknown_ReturnsNull()
    {
        var db = await OpenAsync();

        Assert.Null(await db.Regions.GetRegionAsync("nowhere", Cancel));
    }

    [Fact]
    public async Task ListRegions_ReturnsEveryRegionWithItsOwnMunicipalities()
    {
        var db = await OpenAsync();
        await db.Regions.SaveRegionAsync(TestData.Region(), Cancel);
        await db.Regions.SaveRegionAsync(TestData.OtherRegion(), Cancel);

        var regions = await db.Regions.ListRegionsAsync(Cancel);

        Assert.Equal([TestData.OtherRegionId, TestData.RegionId], regions.Select(r => r.Id));
        Same.Region(TestData.OtherRegion(), regions[0]);
        Same.Region(TestData.Region(), regions[1]);
    }

    [Fact]
    public async Task SaveNeighbourhoods_RoundTripsGeometryWithHolesAndMultipolygonsExactly()
    {
        var db = await OpenAsync();
        await db.Regions.SaveRegionAsync(TestData.Region(), Cancel);
        var neighbourhoods = TestData.Neighbourhoods();

        await db.Regions.SaveNeighbourhoodsAsync(TestData.RegionId, neighbourhoods, Cancel);

        var stored = await db.Regions.ListNeighbourhoodsAsync(TestData.RegionId, Cancel);
        Assert.Equal(neighbourhoods.Count, stored.Count);
        foreach (var (expected, actual) in neighbourhoods.Zip(stored))
        {
            Same.Neighbourhood(expected, actual);
        }
        Assert.Equal(1, ((Polygon)stored[0].Boundary).NumInteriorRings);
        Assert.IsType<MultiPolygon>(stored[1].Boundary);
        Same.Neighbourhood(neighbourhoods[2], (await db.Regions.GetNeighbourhoodAsync(TestData.RegionId, neighbourhoods[2].Code, Cancel))!);
    }

    [Fact]
    public async Task SaveNeighbourhoods_Again_ReplacesTheStoredOnes()
    {
        var db = await OpenAsync();
        await db.Regions.SaveRegionAsync(TestData.Region(), Cancel);
        await db.Regions.SaveNeighbourhoodsAsync(TestData.RegionId, TestData.Neighbourhoods(), Cancel);
        var changed = TestData.Neighbourhood("BU02680101", TestData.Square(5.851, 51.836, 0.002), new LoadLimits(0, 0m));

        await db.Regions.SaveNeighbourhoodsAsync(TestData.RegionId, [changed], Cancel);

        Same.Neighbourhood(changed, (await db.Regions.GetNeighbourhoodAsync(TestData.RegionId, changed.Code, Cancel))!);
        Assert.Equal(3, (await db.Regions.ListNeighbourhoodsAsync(TestData.RegionId, Cancel)).Count);
    }

    [Fact]
    public async Task GetNeighbourhood_OfAnotherRegion_ReturnsNull()
    {
        var db = await OpenAsync();
        await db.Regions.SaveRegionAsync(TestData.Region(), Cancel);
        await db.Regions.SaveRegionAsync(TestData.OtherRegion(), Cancel);
        await db.Regions.SaveNeighbourhoodsAsync(TestData.RegionId, TestData.Neighbourhoods(), Cancel);

        Assert.Null(await db.Regions.GetNeighbourhoodAsync(TestData.OtherRegionId, new NeighbourhoodCode("BU02680101"), Cancel));
        Assert.Empty(await db.Regions.ListNeighbourhoodsAsync(TestData.OtherRegionId, Cancel));
    }

    [Fact]
    public async Task ListNeighbourhoods_Paged_WalksEveryPageInCodeOrder()
    {
        var db = await OpenAsync();
        await db.Regions.SaveRegionAsync(TestData.Region(), Cancel);
        var codes = Enumerable.Range(1, 5).Select(i => $"BU026801{i:00}").ToList();
        await db.Regions.SaveNeighbourhoodsAsync(TestData.RegionId,
            codes.AsEnumerable().Reverse().Select((code, i) => TestData.Neighbourhood(code, TestData.Square(5.85 + 0.01 * i, 51.84, 0.005))), Cancel);

        var first = await db.Regions.ListNeighbourhoodsAsync(TestData.RegionId, PageRequest.First(2), Cancel);
        var second = await db.Regions.ListNeighbourhoodsAsync(TestData.RegionId, new PageRequest(2, first.NextAfter), Cancel);
        var third = await db.Regions.ListNeighbourhoodsAsync(TestData.RegionId, new PageRequest(2, second.NextAfter), Cancel);

        Assert.Equal(codes[..2], first.Items.Select(n => n.Value.Code.Value));
        Assert.Equal(codes[1], first.NextAfter);
        Assert.Equal(codes[2..4], second.Items.Select(n => n.Value.Code.Value));
        Assert.Equal([codes[4]], third.Items.Select(n => n.Value.Code.Value));
        Assert.Null(third.NextAfter);
    }

    [Fact]
    public async Task ListNeighbourhoods_PageExactlyFull_HasNoNextPage()
    {
        var db = await OpenAsync();
        await db.Regions.SaveRegionAsync(TestData.Region(), Cancel);
        await db.Regions.SaveNeighbourhoodsAsync(TestData.RegionId, TestData.Neighbourhoods(), Cancel);

        var page = await db.Regions.ListNeighbourhoodsAsync(TestData.RegionId, PageRequest.First(3), Cancel);

        Assert.Equal(3, page.Items.Count);
        Assert.Null(page.NextAfter);
    }

    [Fact]
    public async Task SaveNeighbourhoods_FailingHalfway_StoresNone()
    {
        var db = await OpenAsync();
        await db.Regions.SaveRegionAsync(TestData.Region(), Cancel);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            db.Regions.SaveNeighbourhoodsAsync(TestData.RegionId, FirstTwoThenFail(), Cancel));

        Assert.Empty(await db.Regions.ListNeighbourhoodsAsync(TestData.RegionId, Cancel));
    }

    private static IEnumerable<Neighbourhood> FirstTwoThenFail()
    {
        yield return TestData.Neighbourhoods()[0];
        yield return TestData.Neighbourhoods()[1];
        throw new InvalidOperationException("the source of neighbourhoods broke off");
    }
}

public sealed class RegionRepositoryTestsSqlite() : RegionRepositoryTests(new SqliteTestStore());

public sealed class RegionRepositoryTestsSqlServer() : RegionRepositoryTests(new SqlServerTestStore());
