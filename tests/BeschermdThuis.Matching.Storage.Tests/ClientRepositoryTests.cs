using System.Data.Common;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Storage.Tests.Support;

namespace BeschermdThuis.Matching.Storage.Tests;

public abstract class ClientRepositoryTests(ITestStore store) : StorageTestBase(store)
{
    private static readonly string[] ChildTables =
        ["client_area_wishes", "client_dwelling_type_wishes", "client_avoid_areas", "client_support_anchors"];

    private static ClientReference Ref(string value) => new(value);

    [Fact]
    public async Task CreateClient_RoundTripsEveryField()
    {
        var db = await OpenAsync();
        var client = TestData.Client("desk-0001");

        await db.Clients.CreateClientAsync(client, Cancel);

        var stored = await db.Clients.GetClientAsync(TestData.Nijmegen, Ref("desk-0001"), Cancel);
        Assert.Equal(client, stored);
        Assert.Equal([1, 2, 3], stored!.Wishes.Areas.Select(a => a.Rank));
        Assert.Equal(AreaLevel.Neighbourhood, stored.Wishes.Areas[0].Area.Level);
        Assert.Equal(51.8401234567890123, stored.Recovery.SupportAnchors[0].Location.Latitude);
        Assert.Equal(ConsentScope.Needs | ConsentScope.ReadinessDate | ConsentScope.IncomeBand | ConsentScope.ContractForm, stored.Consent);
        Assert.Equal(ContractForm.FlipContract, stored.ContractForm);
    }

    [Fact]
    public async Task CreateClient_WithNothingOptional_RoundTrips()
    {
        var db = await OpenAsync();
        var client = TestData.BareClient("desk-0002");

        await db.Clients.CreateClientAsync(client, Cancel);

        Assert.Equal(client, await db.Clients.GetClientAsync(TestData.Heumen, Ref("desk-0002"), Cancel));
    }

    [Fact]
    public async Task GetClient_OfAnotherMunicipality_ReturnsNull()
    {
        var db = await OpenAsync();
        await db.Clients.CreateClientAsync(TestData.Client("desk-0001"), Cancel);

        Assert.Null(await db.Clients.GetClientAsync(TestData.Heumen, Ref("desk-0001"), Cancel));
    }

    [Fact]
    public async Task CreateClient_SameReferenceTwice_ThrowsAlreadyExistsAndKeepsTheFirst()
    {
        var db = await OpenAsync();
        await db.Clients.CreateClientAsync(TestData.Client("desk-0001"), Cancel);

        var error = await Assert.ThrowsAsync<AlreadyExistsException>(() =>
            db.Clients.CreateClientAsync(TestData.Client("desk-0001", status: ClientStatus.Housed), Cancel));

        Assert.Equal("municipalities/GM0268/clients/desk-0001", error.Resource);
        Assert.Equal(TestData.Client("desk-0001"), await db.Clients.GetClientAsync(TestData.Nijmegen, Ref("desk-0001"), Cancel));
        Assert.Equal(3, await CountAsync(db, "client_area_wishes"));
    }

    [Theory]
    [InlineData("GM0252")] // Heumen, in the same region: the reproduction of issue 10, which made every match of the region fail
    [InlineData("GM0202")] // Arnhem, in another region: a region's municipalities can change, so references are unique everywhere
    public async Task CreateClient_ReferenceAnotherMunicipalityUses_ThrowsAlreadyExistsAndKeepsTheFirst(string municipality)
    {
        var db = await OpenWithRegionsAsync();
        var other = new MunicipalityCode(municipality);
        await db.Clients.CreateClientAsync(TestData.Client("desk-0001"), Cancel);

        var error = await Assert.ThrowsAsync<AlreadyExistsException>(() =>
            db.Clients.CreateClientAsync(TestData.Client("desk-0001", other, ClientStatus.Housed), Cancel));

        Assert.Equal($"municipalities/{municipality}/clients/desk-0001", error.Resource);
        Assert.Null(await db.Clients.GetClientAsync(other, Ref("desk-0001"), Cancel));
        Assert.Equal(TestData.Client("desk-0001"), await db.Clients.GetClientAsync(TestData.Nijmegen, Ref("desk-0001"), Cancel));
        Assert.Equal(1, await CountAsync(db, "clients"));
        Assert.Equal(3, await CountAsync(db, "client_area_wishes"));
        Assert.Equal([TestData.Client("desk-0001")], await db.Clients.ListClientsInRegionAsync(TestData.RegionId, ClientStatus.Waiting, Cancel));
    }

    [Fact]
    public async Task UpdateClient_Existing_ReplacesFieldsAndEveryList()
    {
        var db = await OpenAsync();
        await db.Clients.CreateClientAsync(TestData.Client("desk-0001"), Cancel);
        var changed = new Client(Ref("desk-0001"), TestData.Nijmegen, 1, IncomeBand.WithinPassendToewijzen, new DateOnly(2026, 1, 2),
            new HousingWishes([new AreaWish(1, AreaRef.Of(TestData.Nijmegen))], [new DwellingTypeWish(1, DwellingType.SkaeveHuse)]),
            new Needs(false, true, 1),
            new RecoveryConstraints([], null, 0, [new SupportAnchor(SupportAnchorKind.RecoveryCollege, new GeoPoint(5.85, 51.83), 1)]),
            ConsentScope.None, null, ClientStatus.Proposed);

        Assert.True(await db.Clients.UpdateClientAsync(changed, Cancel));

        Assert.Equal(changed, await db.Clients.GetClientAsync(TestData.Nijmegen, Ref("desk-0001"), Cancel));
        Assert.Equal(1, await CountAsync(db, "client_area_wishes"));
        Assert.Equal(0, await CountAsync(db, "client_avoid_areas"));
    }

    [Fact]
    public async Task UpdateAndDeleteClient_Missing_ReturnFalseAndStoreNothing()
    {
        var db = await OpenAsync();

        Assert.False(await db.Clients.UpdateClientAsync(TestData.Client("ghost"), Cancel));
        Assert.False(await db.Clients.DeleteClientAsync(TestData.Nijmegen, Ref("ghost"), Cancel));

        foreach (var table in ChildTables.Append("clients"))
        {
            Assert.Equal(0, await CountAsync(db, table));
        }
    }

    [Fact]
    public async Task DeleteClient_Existing_RemovesItWithEveryList()
    {
        var db = await OpenAsync();
        await db.Clients.CreateClientAsync(TestData.Client("desk-0001"), Cancel);
        await db.Clients.CreateClientAsync(TestData.Client("desk-0002"), Cancel);

        Assert.True(await db.Clients.DeleteClientAsync(TestData.Nijmegen, Ref("desk-0001"), Cancel));

        Assert.Null(await db.Clients.GetClientAsync(TestData.Nijmegen, Ref("desk-0001"), Cancel));
        Assert.Equal(TestData.Client("desk-0002"), await db.Clients.GetClientAsync(TestData.Nijmegen, Ref("desk-0002"), Cancel));
        Assert.Equal(3, await CountAsync(db, "client_area_wishes"));
        Assert.Equal(2, await CountAsync(db, "client_support_anchors"));
    }

    [Fact]
    public async Task ListClients_Paged_WalksEveryPageWithEachClientsOwnLists()
    {
        var db = await OpenAsync();
        var clients = Enumerable.Range(1, 5)
            .Select(i => i % 2 == 0 ? TestData.Client($"desk-{i:0000}") : WithMunicipality(TestData.BareClient($"desk-{i:0000}"), TestData.Nijmegen))
            .ToList();
        foreach (var client in clients.AsEnumerable().Reverse())
        {
            await db.Clients.CreateClientAsync(client, Cancel);
        }
        await db.Clients.CreateClientAsync(TestData.Client("desk-0033", TestData.Heumen), Cancel);

        var first = await db.Clients.ListClientsAsync(TestData.Nijmegen, PageRequest.First(2), Cancel);
        var second = await db.Clients.ListClientsAsync(TestData.Nijmegen, new PageRequest(2, first.NextAfter), Cancel);
        var third = await db.Clients.ListClientsAsync(TestData.Nijmegen, new PageRequest(2, second.NextAfter), Cancel);

        Assert.Equal(clients, first.Items.Concat(second.Items).Concat(third.Items).Select(c => c.Value));
        Assert.Equal("desk-0002", first.NextAfter);
        Assert.Equal("desk-0004", second.NextAfter);
        Assert.Null(third.NextAfter);
    }

    [Fact]
    public async Task ListClientsInRegion_FindsClientsThroughTheRegionsMunicipalities_WithTheStatus()
    {
        var db = await OpenAsync();
        await db.Regions.SaveRegionAsync(TestData.Region(), Cancel);
        await db.Regions.SaveRegionAsync(TestData.OtherRegion(), Cancel);
        await db.Clients.CreateClientAsync(TestData.Client("desk-0002"), Cancel);
        await db.Clients.CreateClientAsync(TestData.Client("desk-0001", TestData.Heumen), Cancel);
        await db.Clients.CreateClientAsync(TestData.Client("desk-0003", status: ClientStatus.Housed), Cancel);
        await db.Clients.CreateClientAsync(TestData.Client("desk-0004", TestData.Arnhem), Cancel);

        var waiting = await db.Clients.ListClientsInRegionAsync(TestData.RegionId, ClientStatus.Waiting, Cancel);

        Assert.Equal([TestData.Client("desk-0001", TestData.Heumen), TestData.Client("desk-0002")], waiting);
        Assert.Equal(["desk-0004"], (await db.Clients.ListClientsInRegionAsync(TestData.OtherRegionId, ClientStatus.Waiting, Cancel))
            .Select(c => c.Reference.Value));
        Assert.Empty(await db.Clients.ListClientsInRegionAsync(TestData.RegionId, ClientStatus.Proposed, Cancel));
    }

    [Fact]
    public async Task CreateClient_FailingOnTheLastList_StoresNothing()
    {
        var db = await OpenAsync();
        await ExecuteAsync(db, Store.FailingInsertTrigger("client_support_anchors"));

        await Assert.ThrowsAnyAsync<DbException>(() => db.Clients.CreateClientAsync(TestData.Client("desk-0001"), Cancel));

        Assert.Null(await db.Clients.GetClientAsync(TestData.Nijmegen, Ref("desk-0001"), Cancel));
        foreach (var table in ChildTables.Append("clients"))
        {
            Assert.Equal(0, await CountAsync(db, table));
        }
    }

    [Fact]
    public async Task UpdateClient_FailingOnTheLastList_KeepsTheStoredClientWhole()
    {
        var db = await OpenAsync();
        var original = TestData.Client("desk-0001");
        await db.Clients.CreateClientAsync(original, Cancel);
        await ExecuteAsync(db, Store.FailingInsertTrigger("client_support_anchors"));

        await Assert.ThrowsAnyAsync<DbException>(() =>
            db.Clients.UpdateClientAsync(TestData.Client("desk-0001", status: ClientStatus.Proposed), Cancel));

        Assert.Equal(original, await db.Clients.GetClientAsync(TestData.Nijmegen, Ref("desk-0001"), Cancel));
    }

    private static Client WithMunicipality(Client client, MunicipalityCode municipality) =>
        new(client.Reference, municipality, client.HouseholdSize, client.IncomeBand, client.ReadinessDate, client.Wishes, client.Needs,
            client.Recovery, client.Consent, client.CareTeamId, client.Status);
}

public sealed class ClientRepositoryTestsSqlite() : ClientRepositoryTests(new SqliteTestStore());

public sealed class ClientRepositoryTestsSqlServer() : ClientRepositoryTests(new SqlServerTestStore());
