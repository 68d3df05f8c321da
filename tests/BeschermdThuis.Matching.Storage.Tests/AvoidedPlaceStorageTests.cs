using System.Data.Common;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Storage.Tests.Support;

namespace BeschermdThuis.Matching.Storage.Tests;

/// <summary>A client's avoided places: stored as 10 m grid points only, replaced with the client, gone with the client.</summary>
public abstract class AvoidedPlaceStorageTests(ITestStore store) : StorageTestBase(store)
{
    // A former address given to the millionth of a degree (about 10 cm): the database must never see it.
    private static readonly GeoPoint FormerAddress = new(5.861234, 51.843456);

    private static Client WithPlaces(Client client, params AvoidedPlace[] places)
    {
        var r = client.Recovery;
        return new Client(client.Reference, client.ResponsibleMunicipality, client.HouseholdSize, client.IncomeBand, client.ReadinessDate,
            client.Wishes, client.Needs, new RecoveryConstraints(r.AvoidAreas, r.AvoidOrigin, r.MaxPeersInNeighbourhood, r.SupportAnchors, places),
            client.Consent, client.CareTeamId, client.Status);
    }

    [Fact]
    public async Task CreateClient_WithPlaces_RoundTripsThemInOrder_AsGridPointsOnly()
    {
        var db = await OpenAsync();
        var first = new AvoidedPlace(FormerAddress, 400);
        var client = WithPlaces(TestData.Client("desk-0001"), first, new AvoidedPlace(new GeoPoint(5.85, 51.83), 1_500));

        await db.Clients.CreateClientAsync(client, Cancel);

        var stored = await db.Clients.GetClientAsync(TestData.Nijmegen, client.Reference, Cancel);
        Assert.Equal(client, stored);
        Assert.Equal([400, 1_500], stored!.Recovery.AvoidPlaces.Select(p => p.RadiusMetres));
        var rd = RdNewProjection.Instance.Project(FormerAddress);
        var rows = await QueryAsync<(long East, long North, long Radius)>(db, "SELECT grid_east, grid_north, radius_metres FROM client_avoided_places ORDER BY ordinal");
        Assert.Equal((Math.Round(rd.X / 10), Math.Round(rd.Y / 10), 400), ((double)rows[0].East, (double)rows[0].North, rows[0].Radius));
        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public async Task UpdateClient_ReplacesThePlaces_AndDeleteTakesThemAlong()
    {
        var db = await OpenAsync();
        await db.Clients.CreateClientAsync(WithPlaces(TestData.Client("desk-0001"), new AvoidedPlace(FormerAddress, 400)), Cancel);
        await db.Clients.CreateClientAsync(WithPlaces(TestData.Client("desk-0002"), new AvoidedPlace(FormerAddress, 900)), Cancel);
        var changed = WithPlaces(TestData.Client("desk-0001"), new AvoidedPlace(FormerAddress, 250), new AvoidedPlace(FormerAddress, 2_000));

        Assert.True(await db.Clients.UpdateClientAsync(changed, Cancel));
        Assert.Equal(changed, await db.Clients.GetClientAsync(TestData.Nijmegen, changed.Reference, Cancel));
        Assert.Equal(3, await CountAsync(db, "client_avoided_places"));

        Assert.True(await db.Clients.DeleteClientAsync(TestData.Nijmegen, changed.Reference, Cancel));
        Assert.Equal([900L], await QueryAsync<long>(db, "SELECT radius_metres FROM client_avoided_places"));
    }

    [Fact]
    public async Task CreateClient_FailingOnThePlaces_StoresNothing()
    {
        var db = await OpenAsync();
        await ExecuteAsync(db, Store.FailingInsertTrigger("client_avoided_places"));

        await Assert.ThrowsAnyAsync<DbException>(() =>
            db.Clients.CreateClientAsync(WithPlaces(TestData.Client("desk-0001"), new AvoidedPlace(FormerAddress, 400)), Cancel));

        Assert.Equal(0, await CountAsync(db, "clients"));
        Assert.Equal(0, await CountAsync(db, "client_support_anchors"));
    }

    [Fact]
    public async Task ListClientsInRegion_ReadsEachClientsOwnPlaces()
    {
        var db = await OpenAsync();
        await db.Regions.SaveRegionAsync(TestData.Region(), Cancel);
        var one = WithPlaces(TestData.Client("desk-0001"), new AvoidedPlace(FormerAddress, 400));
        var two = TestData.Client("desk-0002");
        await db.Clients.CreateClientAsync(two, Cancel);
        await db.Clients.CreateClientAsync(one, Cancel);

        Assert.Equal([one, two], await db.Clients.ListClientsInRegionAsync(TestData.RegionId, ClientStatus.Waiting, Cancel));
    }
}

public sealed class AvoidedPlaceStorageTestsSqlite() : AvoidedPlaceStorageTests(new SqliteTestStore());

public sealed class AvoidedPlaceStorageTestsSqlServer() : AvoidedPlaceStorageTests(new SqlServerTestStore());
