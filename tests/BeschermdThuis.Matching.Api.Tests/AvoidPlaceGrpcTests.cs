using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using static BeschermdThuis.Matching.Api.Tests.Infrastructure.SeedData;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>Issue 12, item 6, through ClientService: avoided places are stored and returned at 10 m grid precision; bad ones name their field.</summary>
public sealed class AvoidPlaceGrpcTests(ApiServerFixture server) : IClassFixture<ApiServerFixture>
{
    private static readonly Google.Type.LatLng FormerAddress = new() { Latitude = 51.843217, Longitude = 5.861389 };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private V1.ClientService.ClientServiceClient Desk => server.As(NijmegenDesk).Client;

    private static V1.Client WithPlaces(params V1.AvoidedPlace[] places)
    {
        var client = Messages.Client();
        client.Recovery.AvoidPlaces.AddRange(places);
        return client;
    }

    private Task<V1.Client> CreateAsync(string id, V1.Client client) =>
        Desk.CreateClientAsync(new V1.CreateClientRequest { Parent = "municipalities/GM0268", ClientId = id, Client = client }, cancellationToken: Ct).ResponseAsync;

    [Fact]
    public async Task CreateClient_KeepsTheGridPointOnly_AndGivingItBackKeepsIt()
    {
        var created = await CreateAsync("avoid-place-round-trip", WithPlaces(new V1.AvoidedPlace { Location = FormerAddress, RadiusMetres = 400 }));

        var kept = created.Recovery.AvoidPlaces.Single();
        Assert.Equal(400, kept.RadiusMetres);
        Assert.NotEqual(FormerAddress, kept.Location);
        var given = RdNewProjection.Instance.Project(new GeoPoint(FormerAddress.Longitude, FormerAddress.Latitude));
        var returned = RdNewProjection.Instance.Project(new GeoPoint(kept.Location.Longitude, kept.Location.Latitude));
        Assert.InRange(given.DistanceTo(returned), 0, AvoidedPlace.MaxSnapMetres);
        var stored = (await server.Store.Clients.GetClientAsync(Nijmegen, new ClientReference("avoid-place-round-trip"), Ct))!.Recovery.AvoidPlaces.Single();
        Assert.Equal((Math.Round(given.X / 10), Math.Round(given.Y / 10)), ((double)stored.GridEast, (double)stored.GridNorth));

        var again = await Desk.UpdateClientAsync(new V1.UpdateClientRequest
        {
            Client = new V1.Client { Name = created.Name, Recovery = created.Recovery }, UpdateMask = FieldMask.FromString("recovery"),
        }, cancellationToken: Ct);
        Assert.Equal(created.Recovery, again.Recovery);
        Assert.Equal(created.Recovery, (await Desk.GetClientAsync(new V1.GetClientRequest { Name = created.Name }, cancellationToken: Ct)).Recovery);
    }

    [Fact]
    public async Task BadPlaces_AreInvalidArgument_NamingEachField_AndStoreNothing()
    {
        var client = WithPlaces(
            new V1.AvoidedPlace { Location = FormerAddress, RadiusMetres = 5 },
            new V1.AvoidedPlace { Location = new Google.Type.LatLng { Latitude = 48.8566, Longitude = 2.3522 }, RadiusMetres = 300 },
            new V1.AvoidedPlace { RadiusMetres = 300 });

        var e = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => CreateAsync("avoid-place-bad", client));

        Assert.Equal(
            ["client.recovery.avoid_places[0].radius_metres", "client.recovery.avoid_places[1].location", "client.recovery.avoid_places[2].location"],
            RpcAssert.ViolatedFields(e));
        Assert.Null(await server.Store.Clients.GetClientAsync(Nijmegen, new ClientReference("avoid-place-bad"), Ct));
    }

    [Fact]
    public async Task MoreThanTenPlaces_AreInvalidArgument()
    {
        var client = WithPlaces([.. Enumerable.Repeat(new V1.AvoidedPlace { Location = FormerAddress, RadiusMetres = 300 }, 11)]);

        var e = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => CreateAsync("avoid-place-many", client));

        Assert.Equal(["client.recovery.avoid_places"], RpcAssert.ViolatedFields(e));
    }

    [Fact]
    public async Task AnotherDesk_CannotReadTheClient()
    {
        var created = await CreateAsync("avoid-place-other-desk", WithPlaces(new V1.AvoidedPlace { Location = FormerAddress, RadiusMetres = 400 }));

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => server.As(BeuningenDesk).Client.GetClientAsync(new V1.GetClientRequest { Name = created.Name }, cancellationToken: Ct).ResponseAsync);
    }
}
