using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using BeschermdThuis.Matching.Domain.Clients;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using static BeschermdThuis.Matching.Api.Tests.Infrastructure.SeedData;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>The client batch calls (AIP-233/234/235): all or nothing, and every wrong item named by its index and field.</summary>
public sealed class ClientBatchTests(ApiServerFixture server) : IClassFixture<ApiServerFixture>
{
    private const string Parent = "municipalities/GM0268";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private V1.ClientService.ClientServiceClient Desk => server.As(NijmegenDesk).Client;

    private static V1.BatchCreateClientsRequest Creates(string prefix, int count)
    {
        var request = new V1.BatchCreateClientsRequest { Parent = Parent };
        request.Requests.AddRange(Enumerable.Range(0, count).Select(i => new V1.CreateClientRequest { ClientId = $"{prefix}-{i}", Client = Messages.Client() }));
        return request;
    }

    private async Task<int> StoredAsync(string prefix) =>
        (await server.Store.Clients.ListClientsAsync(Nijmegen, Domain.Repositories.PageRequest.First(1000), Ct)).Items
            .Count(c => c.Value.Reference.Value.StartsWith(prefix + "-", StringComparison.Ordinal));

    [Fact]
    public async Task BatchCreateClients_StoresEveryClient_WithTheirWishesAndConstraints()
    {
        var created = await Desk.BatchCreateClientsAsync(Creates("cc-ok", 3), cancellationToken: Ct);

        Assert.Equal([$"{Parent}/clients/cc-ok-0", $"{Parent}/clients/cc-ok-1", $"{Parent}/clients/cc-ok-2"], created.Clients.Select(c => c.Name));
        var read = await Desk.GetClientAsync(new V1.GetClientRequest { Name = created.Clients[2].Name }, cancellationToken: Ct);
        Assert.Equal(created.Clients[2], read);
        Assert.Equal(["BU02680517", "GM0268"], read.Wishes.Areas.Select(a => a.AreaCode));
        Assert.Single(read.Recovery.SupportAnchors);
    }

    [Fact]
    public async Task BatchCreateClients_BadRows_StoreNothing_AndNameEachRowAndField()
    {
        var request = Creates("cc-bad", 5);
        request.Requests[2].Client.HouseholdSize = 0;
        request.Requests[4].Client.Wishes.Areas[0].AreaCode = "BU03630000";
        request.Requests[1].ClientId = "Not An Id";

        var e = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => Desk.BatchCreateClientsAsync(request, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(["requests[1].client_id", "requests[2].client.household_size", "requests[4].client.wishes.areas[0].area_code"], RpcAssert.ViolatedFields(e));
        Assert.Equal(0, await StoredAsync("cc-bad"));
    }

    [Fact]
    public async Task BatchCreateClients_ForAnotherMunicipality_IsDenied_AndATakenReferenceStoresNothing()
    {
        var other = Creates("cc-other", 1);
        other.Parent = "municipalities/GM0209";
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => Desk.BatchCreateClientsAsync(other, cancellationToken: Ct).ResponseAsync);

        var taken = Creates("cc-taken", 3);
        taken.Requests[2].ClientId = ClientNijmegen;
        await RpcAssert.FailsAsync(StatusCode.AlreadyExists, () => Desk.BatchCreateClientsAsync(taken, cancellationToken: Ct).ResponseAsync);
        Assert.Equal(0, await StoredAsync("cc-taken"));
    }

    [Fact]
    public async Task BatchUpdateClients_BadRow_StoresNothing_AndNamesRowAndField()
    {
        var created = await Desk.BatchCreateClientsAsync(Creates("cu-bad", 3), cancellationToken: Ct);
        var request = new V1.BatchUpdateClientsRequest { Parent = Parent };
        request.Requests.AddRange(created.Clients.Select(c => new V1.UpdateClientRequest
        {
            Client = new V1.Client { Name = c.Name, HouseholdSize = 2, CareTeam = "" },
            UpdateMask = new FieldMask { Paths = { "household_size", "care_team" } },
        }));
        request.Requests[1].Client.HouseholdSize = 13;

        var e = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => Desk.BatchUpdateClientsAsync(request, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(["requests[1].client.household_size"], RpcAssert.ViolatedFields(e));
        var first = await server.Store.Clients.GetClientAsync(Nijmegen, new ClientReference("cu-bad-0"), Ct);
        Assert.Equal(1, first!.HouseholdSize);
        Assert.Equal(SeedData.CareTeam, first.CareTeamId);

        request.Requests[1].Client.HouseholdSize = 2;
        var updated = await Desk.BatchUpdateClientsAsync(request, cancellationToken: Ct);
        Assert.All(updated.Clients, c => Assert.Equal(2, c.HouseholdSize));
        Assert.Null((await server.Store.Clients.GetClientAsync(Nijmegen, new ClientReference("cu-bad-2"), Ct))!.CareTeamId);
    }

    [Fact]
    public async Task BatchUpdateClients_AnotherMunicipalitysClient_IsNamedByItsIndex()
    {
        var request = new V1.BatchUpdateClientsRequest { Parent = Parent };
        request.Requests.Add(new V1.UpdateClientRequest
        {
            Client = new V1.Client { Name = $"municipalities/GM0209/clients/{ClientBeuningen}", HouseholdSize = 2 },
            UpdateMask = new FieldMask { Paths = { "household_size" } },
        });

        var e = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => Desk.BatchUpdateClientsAsync(request, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(["requests[0].client.name"], RpcAssert.ViolatedFields(e));
    }

    [Fact]
    public async Task BatchDeleteClients_AMalformedName_DeletesNothing_ThenAllGo()
    {
        var created = await Desk.BatchCreateClientsAsync(Creates("cd", 3), cancellationToken: Ct);
        var bad = new V1.BatchDeleteClientsRequest { Parent = Parent, Names = { created.Clients[0].Name, created.Clients[1].Name, "municipalities/GM0268/clients/" } };

        var e = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => Desk.BatchDeleteClientsAsync(bad, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(["names[2]"], RpcAssert.ViolatedFields(e));
        Assert.Equal(3, await StoredAsync("cd"));
        await Desk.BatchDeleteClientsAsync(new V1.BatchDeleteClientsRequest { Parent = Parent, Names = { created.Clients.Select(c => c.Name) } }, cancellationToken: Ct);
        Assert.Equal(0, await StoredAsync("cd"));
    }

    [Fact]
    public async Task BatchDeleteClients_AClientWithAProposalOut_RefusesTheBatch_NamingIt()
    {
        var created = await Desk.BatchCreateClientsAsync(Creates("cp", 1), cancellationToken: Ct);
        var request = new V1.BatchDeleteClientsRequest
        {
            Parent = Parent,
            Names = { created.Clients[0].Name, $"{Parent}/clients/{ClientNijmegenProposed}" },
        };

        var e = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => Desk.BatchDeleteClientsAsync(request, cancellationToken: Ct).ResponseAsync);

        var failure = e.GetRpcStatus()!.GetDetail<PreconditionFailure>();
        Assert.Equal(["names[1]"], failure.Violations.Select(v => v.Subject));
        Assert.Equal(1, await StoredAsync("cp"));
    }
}
