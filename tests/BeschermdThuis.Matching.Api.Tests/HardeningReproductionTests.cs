using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using static BeschermdThuis.Matching.Api.Tests.Infrastructure.SeedData;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>
/// The reproductions of issue 10 through the public API, each as the outside tester sent it: an overflowing amount or
/// count is refused before anything is written and the region keeps working; one party cannot take an id another
/// party uses and so block every match; an id with a trailing newline is not the id without it.
/// </summary>
public sealed class HardeningReproductionTests(ApiServerFixture server) : IClassFixture<ApiServerFixture>
{
    private const string CorporationAParent = $"corporations/{CorporationA}";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateUnit_MaximalServiceCosts_IsInvalid_StoresNothing_AndTheRegionStillMatches()
    {
        var before = await StoredState.SnapshotAsync(server.Store);
        var unit = Messages.Unit();
        unit.ServiceCostsCents = long.MaxValue;

        var e = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => server.As(CorporationAParty).Stock.CreateUnitAsync(
            new V1.CreateUnitRequest { Parent = CorporationAParent, UnitId = "unit-overflow", Unit = unit }, cancellationToken: Ct).ResponseAsync);

        Assert.Contains(RpcAssert.ViolatedFields(e), f => f.EndsWith("service_costs_cents", StringComparison.Ordinal));
        Assert.Equal(before, await StoredState.SnapshotAsync(server.Store));
        await server.As(CorporationAParty).Stock.ListUnitsAsync(new V1.ListUnitsRequest { Parent = CorporationAParent }, cancellationToken: Ct);
        await AssertMatchRunsAsync();
    }

    [Fact]
    public async Task UpdateUnit_MaximalNetRent_IsInvalid_StoresNothing_AndTheUnitStillReads()
    {
        var name = $"{CorporationAParent}/units/{UnitA}";
        var before = await StoredState.SnapshotAsync(server.Store);
        var change = Messages.Unit();
        change.Name = name;
        change.NetRentCents = long.MaxValue;

        var e = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => server.As(CorporationAParty).Stock.UpdateUnitAsync(
            new V1.UpdateUnitRequest { Unit = change, UpdateMask = new FieldMask { Paths = { "net_rent_cents" } } }, cancellationToken: Ct).ResponseAsync);

        Assert.Contains(RpcAssert.ViolatedFields(e), f => f.EndsWith("net_rent_cents", StringComparison.Ordinal));
        Assert.Equal(before, await StoredState.SnapshotAsync(server.Store));
        var read = await server.As(CorporationAParty).Stock.GetUnitAsync(new V1.GetUnitRequest { Name = name }, cancellationToken: Ct);
        Assert.Equal(55_000, read.NetRentCents);
        await AssertMatchRunsAsync();
    }

    [Theory]
    [InlineData("existing_protected_homes")]
    [InlineData("limits_override.new_placements_per_period")]
    [InlineData("limits_override.max_protected_homes_per_thousand")]
    public async Task UpdateNeighbourhood_OverflowingCount_IsInvalid_StoresNothing_AndLoadAndMatchStillWork(string field)
    {
        var neighbourhood = new V1.Neighbourhood { Name = $"regions/{RegionId}/neighbourhoods/{Stadscentrum.Value}" };
        var limits = new V1.LoadLimits { NewPlacementsPerPeriod = 2, MaxProtectedHomesPerThousand = 5 };
        var mask = "limits_override";
        switch (field)
        {
            case "existing_protected_homes":
                neighbourhood.ExistingProtectedHomes = int.MaxValue;
                mask = field;
                break;
            case "limits_override.new_placements_per_period":
                limits.NewPlacementsPerPeriod = int.MaxValue;
                break;
            default:
                limits.MaxProtectedHomesPerThousand = 999_999_999.9;
                break;
        }
        neighbourhood.LimitsOverride = limits;
        var before = await StoredState.SnapshotAsync(server.Store);

        var e = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => server.As(Administrator).Region.UpdateNeighbourhoodAsync(
            new V1.UpdateNeighbourhoodRequest { Neighbourhood = neighbourhood, UpdateMask = new FieldMask { Paths = { mask } } }, cancellationToken: Ct).ResponseAsync);

        Assert.Contains(RpcAssert.ViolatedFields(e), f => f.EndsWith(field.Split('.')[^1], StringComparison.Ordinal));
        Assert.Equal(before, await StoredState.SnapshotAsync(server.Store));
        var load = await server.As(Board).Region.GetRegionLoadAsync(new V1.GetRegionLoadRequest { Name = $"regions/{RegionId}/load" }, cancellationToken: Ct);
        Assert.Equal(3, load.Neighbourhoods.Single(n => n.Neighbourhood.EndsWith(Stadscentrum.Value, StringComparison.Ordinal)).ExistingProtectedHomes);
        await AssertMatchRunsAsync();
    }

    [Fact]
    public async Task CreateUnit_IdAnotherCorporationUses_IsAlreadyExists_AndTheRegionStillMatches()
    {
        var before = await StoredState.SnapshotAsync(server.Store);

        await RpcAssert.FailsAsync(StatusCode.AlreadyExists, () => server.As(CorporationBParty).Stock.CreateUnitAsync(
            new V1.CreateUnitRequest { Parent = $"corporations/{CorporationB}", UnitId = UnitA, Unit = Messages.Unit() }, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(before, await StoredState.SnapshotAsync(server.Store));
        await AssertMatchRunsAsync();
    }

    [Fact]
    public async Task CreateClient_ReferenceAnotherMunicipalityUses_IsAlreadyExists_AndTheRegionStillMatches()
    {
        var before = await StoredState.SnapshotAsync(server.Store);
        var client = Messages.Client();
        client.Wishes.Areas.Clear();
        client.Wishes.Areas.Add(new V1.AreaWish { Rank = 1, AreaCode = Beuningen.Value });
        client.Recovery = new V1.RecoveryConstraints();
        client.CareTeam = string.Empty;

        await RpcAssert.FailsAsync(StatusCode.AlreadyExists, () => server.As(BeuningenDesk).Client.CreateClientAsync(
            new V1.CreateClientRequest { Parent = $"municipalities/{Beuningen.Value}", ClientId = ClientNijmegen, Client = client },
            cancellationToken: Ct).ResponseAsync);

        Assert.Equal(before, await StoredState.SnapshotAsync(server.Store));
        await AssertMatchRunsAsync();
    }

    [Fact]
    public async Task UnitIdWithTrailingNewline_IsInvalid_AndDeletingByItLeavesTheUnitWithoutIt()
    {
        var stock = server.As(CorporationAParty).Stock;
        await stock.CreateUnitAsync(new V1.CreateUnitRequest { Parent = CorporationAParent, UnitId = "nl-probe", Unit = Messages.Unit() }, cancellationToken: Ct);
        var before = await StoredState.SnapshotAsync(server.Store);

        var created = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => stock.CreateUnitAsync(
            new V1.CreateUnitRequest { Parent = CorporationAParent, UnitId = "nl-probe\n", Unit = Messages.Unit() }, cancellationToken: Ct).ResponseAsync);
        Assert.Contains("unit_id", RpcAssert.ViolatedFields(created));
        var deleted = await Assert.ThrowsAsync<RpcException>(() => stock.DeleteUnitAsync(
            new V1.DeleteUnitRequest { Name = $"{CorporationAParent}/units/nl-probe\n" }, cancellationToken: Ct).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, deleted.StatusCode);
        await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => stock.GetUnitAsync(
            new V1.GetUnitRequest { Name = $"{CorporationAParent}/units/{UnitA}\n" }, cancellationToken: Ct).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => server.As(Board).Region.GetRegionLoadAsync(
            new V1.GetRegionLoadRequest { Name = $"regions/{RegionId}/load\n" }, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(before, await StoredState.SnapshotAsync(server.Store));
        Assert.NotNull(await server.Store.Stock.GetUnitAsync(CorporationA, "nl-probe", Ct));
    }

    private async Task AssertMatchRunsAsync()
    {
        var (_, result) = await MatchRequests.RunAsync(server.As(Board).Matching, MatchRequests.Demo(TimeSpan.FromSeconds(20)), null, Ct);
        Assert.Equal(V1.MatchStatus.Optimal, result.Status);
    }
}
