using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Storage.Tests.Support;

namespace BeschermdThuis.Matching.Storage.Tests;

/// <summary>A restart: everything written through one <see cref="MatchingDatabase"/> is read back through a new one.</summary>
public abstract class RestartTests(ITestStore store) : StorageTestBase(store)
{
    [Fact]
    public async Task Reopen_ReadsEveryAggregateBack()
    {
        var before = await OpenAsync();
        await before.Regions.SaveRegionAsync(TestData.Region(), Cancel);
        await before.Regions.SaveNeighbourhoodsAsync(TestData.RegionId, TestData.Neighbourhoods(), Cancel);
        await before.Stock.SaveCorporationAsync(TestData.Corporation(), Cancel);
        await before.Stock.CreateUnitAsync(TestData.RegionId, TestData.Unit("unit-1"), Cancel);
        await before.Clients.CreateClientAsync(TestData.Client("desk-0001"), Cancel);
        await before.Clients.CreateClientAsync(TestData.BareClient("desk-0002"), Cancel);
        await before.CareTeams.CreateCareTeamAsync(TestData.RegionId,
            TestData.CareTeam("fact-centrum", TestData.TwoSquares(5.87, 51.835, 0.004), TestData.Nijmegen), Cancel);
        await before.Agreements.CreateAgreementAsync(TestData.RegionId, TestData.Agreement("talis-2026"), Cancel);
        await before.DisposeAsync();

        var after = await OpenAsync();

        Assert.Empty(after.AppliedMigrations);
        Same.Region(TestData.Region(), (await after.Regions.GetRegionAsync(TestData.RegionId, Cancel))!);
        var neighbourhoods = await after.Regions.ListNeighbourhoodsAsync(TestData.RegionId, Cancel);
        Assert.Equal(3, neighbourhoods.Count);
        foreach (var (expected, actual) in TestData.Neighbourhoods().Zip(neighbourhoods))
        {
            Same.Neighbourhood(expected, actual);
        }
        Assert.Equal([TestData.Corporation()], await after.Stock.ListCorporationsAsync(Cancel));
        Assert.Equal([TestData.Unit("unit-1")], await after.Stock.ListUnitsInRegionAsync(TestData.RegionId, UnitStatus.Available, Cancel));
        Assert.Equal(TestData.Client("desk-0001"), await after.Clients.GetClientAsync(TestData.Nijmegen, new ClientReference("desk-0001"), Cancel));
        Assert.Equal(TestData.BareClient("desk-0002"), await after.Clients.GetClientAsync(TestData.Heumen, new ClientReference("desk-0002"), Cancel));
        Assert.Equal(
            TestData.CareTeam("fact-centrum", TestData.TwoSquares(5.87, 51.835, 0.004), TestData.Nijmegen),
            await after.CareTeams.GetCareTeamAsync(TestData.RegionId, "fact-centrum", Cancel));
        Assert.Equal([TestData.Agreement("talis-2026")], await after.Agreements.ListAgreementsAsync(TestData.RegionId, Cancel));
    }
}

public sealed class RestartTestsSqlite() : RestartTests(new SqliteTestStore());

public sealed class RestartTestsSqlServer() : RestartTests(new SqlServerTestStore());
