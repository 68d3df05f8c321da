using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>Units through the API: the neighbourhood comes from the geometry, and what is returned is what is stored.</summary>
public sealed class StockServiceTests(ApiServerFixture server) : IClassFixture<ApiServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private V1.StockService.StockServiceClient Stock => server.As(SeedData.CorporationAParty).Stock;

    [Theory]
    [InlineData("unit-stevenskerk", 51.8477, 5.8636, "BU02680101")]
    [InlineData("unit-radboudumc", 51.8245, 5.8606, "BU02680517")]
    public async Task CreateUnit_PointInKnownNeighbourhood_GetsThatNeighbourhood(string unitId, double latitude, double longitude, string expected)
    {
        var unit = Messages.Unit();
        unit.Location = new Google.Type.LatLng { Latitude = latitude, Longitude = longitude };

        var created = await Stock.CreateUnitAsync(
            new V1.CreateUnitRequest { Parent = $"corporations/{SeedData.CorporationA}", UnitId = unitId, Unit = unit }, cancellationToken: Ct);

        Assert.Equal($"regions/{SeedData.RegionId}/neighbourhoods/{expected}", created.Neighbourhood);
        var stored = await server.Store.Stock.GetUnitAsync(SeedData.CorporationA, unitId, Ct);
        Assert.Equal(expected, stored!.Neighbourhood.Value);
    }

    [Fact]
    public async Task CreateUnit_NeighbourhoodSentByCaller_IsIgnored()
    {
        var unit = Messages.Unit();
        unit.Neighbourhood = $"regions/{SeedData.RegionId}/neighbourhoods/BU02090111";

        var created = await Stock.CreateUnitAsync(
            new V1.CreateUnitRequest { Parent = $"corporations/{SeedData.CorporationA}", UnitId = "unit-ignores-caller", Unit = unit }, cancellationToken: Ct);

        Assert.Equal($"regions/{SeedData.RegionId}/neighbourhoods/BU02680101", created.Neighbourhood);
    }

    [Fact]
    public async Task CreateUnit_PointOutsideRegion_IsInvalidOnLocation_AndNotStored()
    {
        var unit = Messages.Unit();
        unit.Location = Messages.AmsterdamDam;

        var e = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => Stock.CreateUnitAsync(
            new V1.CreateUnitRequest { Parent = $"corporations/{SeedData.CorporationA}", UnitId = "unit-amsterdam", Unit = unit }, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(["unit.location"], RpcAssert.ViolatedFields(e));
        Assert.Null(await server.Store.Stock.GetUnitAsync(SeedData.CorporationA, "unit-amsterdam", Ct));
    }

    [Fact]
    public async Task CreateUnit_RoundTrips_EveryField()
    {
        var unit = Messages.Unit();
        unit.Status = V1.UnitStatus.Withdrawn;
        unit.DwellingType = V1.DwellingType.SkaeveHuse;
        unit.Tenancy = V1.TenancyKind.Temporary;
        unit.ContractForm = V1.ContractForm.FlipContract;
        unit.Floor = 3;

        var created = await Stock.CreateUnitAsync(
            new V1.CreateUnitRequest { Parent = $"corporations/{SeedData.CorporationA}", UnitId = "unit-round-trip", Unit = unit }, cancellationToken: Ct);
        var read = await Stock.GetUnitAsync(new V1.GetUnitRequest { Name = created.Name }, cancellationToken: Ct);

        Assert.Equal($"corporations/{SeedData.CorporationA}/units/unit-round-trip", read.Name);
        Assert.Equal(created, read);
        Assert.Equal(65_500, read.QualifyingRentCents);
        Assert.Equal(V1.DwellingType.SkaeveHuse, read.DwellingType);
        Assert.Equal(V1.UnitStatus.Withdrawn, read.Status);
        Assert.Equal(3, read.Floor);
        Assert.Equal(new Google.Type.Date { Year = 2026, Month = 3, Day = 1 }, read.AvailableFrom);
    }

    [Fact]
    public async Task UpdateUnit_MovedLocation_RecomputesNeighbourhood_AndKeepsUnmaskedFields()
    {
        var created = await Stock.CreateUnitAsync(
            new V1.CreateUnitRequest { Parent = $"corporations/{SeedData.CorporationA}", UnitId = "unit-moves", Unit = Messages.Unit() }, cancellationToken: Ct);

        var change = new V1.Unit { Name = created.Name, Location = Messages.Radboudumc, NetRentCents = 1 };
        var updated = await Stock.UpdateUnitAsync(
            new V1.UpdateUnitRequest { Unit = change, UpdateMask = new FieldMask { Paths = { "location" } } }, cancellationToken: Ct);

        Assert.Equal($"regions/{SeedData.RegionId}/neighbourhoods/BU02680517", updated.Neighbourhood);
        Assert.Equal(created.NetRentCents, updated.NetRentCents);
        var stored = await server.Store.Stock.GetUnitAsync(SeedData.CorporationA, "unit-moves", Ct);
        Assert.Equal("BU02680517", stored!.Neighbourhood.Value);
        var inRegion = await server.Store.Stock.ListUnitsInRegionAsync(SeedData.RegionId, Domain.Stock.UnitStatus.Available, Ct);
        Assert.Contains(inRegion, u => u.Id == "unit-moves");
    }

    [Fact]
    public async Task ListUnits_PagesThroughEveryUnitOnce()
    {
        for (var i = 0; i < 5; i++)
        {
            await Stock.CreateUnitAsync(
                new V1.CreateUnitRequest { Parent = $"corporations/{SeedData.CorporationA}", UnitId = $"unit-page-{i}", Unit = Messages.Unit() }, cancellationToken: Ct);
        }
        var expected = (await server.Store.Stock.ListUnitsAsync(SeedData.CorporationA, Domain.Repositories.PageRequest.First(1000), Ct)).Items
            .Select(u => $"corporations/{SeedData.CorporationA}/units/{u.Value.Id}").ToList();

        var seen = new List<string>();
        var token = string.Empty;
        var pages = 0;
        do
        {
            var page = await Stock.ListUnitsAsync(
                new V1.ListUnitsRequest { Parent = $"corporations/{SeedData.CorporationA}", PageSize = 2, PageToken = token }, cancellationToken: Ct);
            Assert.True(page.Units.Count <= 2);
            seen.AddRange(page.Units.Select(u => u.Name));
            token = page.NextPageToken;
            pages++;
        }
        while (token.Length > 0);

        Assert.Equal(expected, seen);
        Assert.True(pages >= 3);
    }

    [Fact]
    public async Task DeleteUnit_RemovesIt()
    {
        var created = await Stock.CreateUnitAsync(
            new V1.CreateUnitRequest { Parent = $"corporations/{SeedData.CorporationA}", UnitId = "unit-deleted", Unit = Messages.Unit() }, cancellationToken: Ct);

        await Stock.DeleteUnitAsync(new V1.DeleteUnitRequest { Name = created.Name }, cancellationToken: Ct);

        Assert.Null(await server.Store.Stock.GetUnitAsync(SeedData.CorporationA, "unit-deleted", Ct));
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => Stock.GetUnitAsync(new V1.GetUnitRequest { Name = created.Name }, cancellationToken: Ct).ResponseAsync);
    }

    [Fact]
    public async Task Corporations_AreReadableByEveryParty()
    {
        var asDesk = server.As(SeedData.NijmegenDesk).Stock;

        var list = await asDesk.ListCorporationsAsync(new V1.ListCorporationsRequest(), cancellationToken: Ct);
        var one = await asDesk.GetCorporationAsync(new V1.GetCorporationRequest { Name = $"corporations/{SeedData.CorporationB}" }, cancellationToken: Ct);

        Assert.Equal([$"corporations/{SeedData.CorporationA}", $"corporations/{SeedData.CorporationB}"], list.Corporations.Select(c => c.Name));
        Assert.Equal("Beta Wonen", one.DisplayName);
    }
}
