using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using BeschermdThuis.Matching.Domain.Clients;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using static BeschermdThuis.Matching.Api.Tests.Infrastructure.SeedData;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>Clients through the API: register, read, change by field mask, delete; what is returned is what is stored.</summary>
public sealed class ClientServiceTests(ApiServerFixture server) : IClassFixture<ApiServerFixture>
{
    private const string Parent = "municipalities/GM0268";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private V1.ClientService.ClientServiceClient Desk => server.As(NijmegenDesk).Client;

    [Fact]
    public async Task CreateClient_RoundTripsWishesNeedsRecoveryAndConsent()
    {
        var created = await Desk.CreateClientAsync(
            new V1.CreateClientRequest { Parent = Parent, ClientId = "client-round-trip", Client = Messages.Client() }, cancellationToken: Ct);
        var read = await Desk.GetClientAsync(new V1.GetClientRequest { Name = created.Name }, cancellationToken: Ct);

        Assert.Equal(created, read);
        Assert.Equal($"{Parent}/clients/client-round-trip", read.Name);
        Assert.Equal(V1.ClientStatus.Waiting, read.Status);
        Assert.Equal(["BU02680517", "GM0268"], read.Wishes.Areas.Select(a => a.AreaCode));
        Assert.Equal("BU02680101", read.Recovery.AvoidOrigin.OriginCode);
        Assert.Equal(2, read.Recovery.MaxPeersInNeighbourhood);
        Assert.Equal([V1.ConsentItem.Needs, V1.ConsentItem.ReadinessDate], read.Consent);
        var stored = await server.Store.Clients.GetClientAsync(Nijmegen, new ClientReference("client-round-trip"), Ct);
        Assert.Equal(ConsentScope.Needs | ConsentScope.ReadinessDate, stored!.Consent);
        Assert.Equal(SeedData.CareTeam, stored.CareTeamId);
    }

    [Fact]
    public async Task MaxRent_IsTheConfiguredAftoppingsgrens_ForTheReadinessYear()
    {
        var client = Messages.Client();
        client.ReadinessDate = new Google.Type.Date { Year = 2025, Month = 12, Day = 1 };

        var created = await Desk.CreateClientAsync(
            new V1.CreateClientRequest { Parent = Parent, ClientId = "client-rent-2025", Client = client }, cancellationToken: Ct);

        // config/affordability.json: aftoppingsgrens 2025 for 1-2 persons is EUR 682.96.
        Assert.True(created.HasMaxRentCents);
        Assert.Equal(68_296, created.MaxRentCents);
    }

    [Fact]
    public async Task MaxRent_IsAbsent_WhenTheYearsLimitIsNotConfigured()
    {
        var client = Messages.Client();
        client.ReadinessDate = new Google.Type.Date { Year = 2026, Month = 4, Day = 1 };

        var created = await Desk.CreateClientAsync(
            new V1.CreateClientRequest { Parent = Parent, ClientId = "client-rent-2026", Client = client }, cancellationToken: Ct);

        Assert.False(created.HasMaxRentCents);
    }

    [Fact]
    public async Task UpdateClient_ChangesOnlyTheMaskedFields()
    {
        var created = await Desk.CreateClientAsync(
            new V1.CreateClientRequest { Parent = Parent, ClientId = "client-updated", Client = Messages.Client() }, cancellationToken: Ct);

        var change = new V1.Client
        {
            Name = created.Name,
            HouseholdSize = 2,
            Wishes = new V1.HousingWishes { Areas = { new V1.AreaWish { Rank = 1, AreaCode = "WK026801" } } },
            Needs = new V1.Needs { GroundFloor = true, MinimumRooms = 3 },
        };
        var updated = await Desk.UpdateClientAsync(
            new V1.UpdateClientRequest { Client = change, UpdateMask = new FieldMask { Paths = { "wishes", "household_size" } } }, cancellationToken: Ct);

        Assert.Equal(2, updated.HouseholdSize);
        Assert.Equal("WK026801", updated.Wishes.Areas.Single().AreaCode);
        Assert.Equal(created.Needs, updated.Needs);
        Assert.Equal(created.Recovery, updated.Recovery);
        var stored = await server.Store.Clients.GetClientAsync(Nijmegen, new ClientReference("client-updated"), Ct);
        Assert.Equal(2, stored!.HouseholdSize);
        Assert.Equal(1, stored.Needs.MinimumRooms);
    }

    [Fact]
    public async Task DeleteClient_RemovesIt()
    {
        var created = await Desk.CreateClientAsync(
            new V1.CreateClientRequest { Parent = Parent, ClientId = "client-deleted", Client = Messages.Client() }, cancellationToken: Ct);

        await Desk.DeleteClientAsync(new V1.DeleteClientRequest { Name = created.Name }, cancellationToken: Ct);

        Assert.Null(await server.Store.Clients.GetClientAsync(Nijmegen, new ClientReference("client-deleted"), Ct));
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => Desk.GetClientAsync(new V1.GetClientRequest { Name = created.Name }, cancellationToken: Ct).ResponseAsync);
    }

    [Fact]
    public async Task ListClients_ShowsOnlyTheMunicipalitysClients()
    {
        var list = await Desk.ListClientsAsync(new V1.ListClientsRequest { Parent = Parent, PageSize = 500 }, cancellationToken: Ct);

        Assert.Contains(list.Clients, c => c.Name == $"{Parent}/clients/{ClientNijmegen}");
        Assert.All(list.Clients, c => Assert.StartsWith($"{Parent}/clients/", c.Name, StringComparison.Ordinal));
    }
}
