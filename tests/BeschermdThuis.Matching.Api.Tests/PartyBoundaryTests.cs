using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using BeschermdThuis.Matching.Domain.Parties;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using static BeschermdThuis.Matching.Api.Tests.Infrastructure.SeedData;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>
/// Each party sees only its own: a corporation its units, a desk its municipality's clients, a board aggregates.
/// A call on one named resource of another party answers NotFound, exactly as for one that does not exist; every
/// other refusal is PermissionDenied. No refusal carries any of the data or changes anything stored.
/// </summary>
public sealed class PartyBoundaryTests(ApiServerFixture server) : IClassFixture<ApiServerFixture>
{
    private const string UnitOfB = $"corporations/{CorporationB}/units/{UnitB}";
    private const string ClientOfNijmegen = $"municipalities/GM0268/clients/{ClientNijmegen}";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Corporation_ReadsItsOwnUnit()
    {
        var unit = await server.As(CorporationBParty).Stock.GetUnitAsync(new V1.GetUnitRequest { Name = UnitOfB }, cancellationToken: Ct);

        Assert.Equal(UnitBNetRentCents, unit.NetRentCents);
    }

    [Fact]
    public async Task CorporationA_CannotGetCorporationBsUnit()
    {
        var e = await RpcAssert.FailsAsync(StatusCode.NotFound, () =>
            server.As(CorporationAParty).Stock.GetUnitAsync(new V1.GetUnitRequest { Name = UnitOfB }, cancellationToken: Ct).ResponseAsync);

        var everythingSent = e.Status.Detail + e.GetRpcStatus() + string.Join(";", e.Trailers.Select(t => t.IsBinary ? "" : t.Value));
        Assert.DoesNotContain(UnitBNetRentCents.ToString(System.Globalization.CultureInfo.InvariantCulture), everythingSent);
        Assert.DoesNotContain("BU0209", everythingSent);
    }

    [Fact]
    public async Task CorporationA_CannotListCorporationBsUnits()
    {
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () =>
            server.As(CorporationAParty).Stock.ListUnitsAsync(new V1.ListUnitsRequest { Parent = $"corporations/{CorporationB}" }, cancellationToken: Ct).ResponseAsync);
    }

    [Fact]
    public async Task CorporationA_CannotUpdateCorporationBsUnit_AndItStaysAsItWas()
    {
        var before = await server.Store.Stock.GetUnitAsync(CorporationB, UnitB, Ct);

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => server.As(CorporationAParty).Stock.UpdateUnitAsync(new V1.UpdateUnitRequest
        {
            Unit = new V1.Unit { Name = UnitOfB, NetRentCents = 1 },
            UpdateMask = new FieldMask { Paths = { "net_rent_cents" } },
        }, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(before, await server.Store.Stock.GetUnitAsync(CorporationB, UnitB, Ct));
    }

    [Fact]
    public async Task CorporationA_CannotDeleteCorporationBsUnit_AndItStaysStored()
    {
        await RpcAssert.FailsAsync(StatusCode.NotFound, () =>
            server.As(CorporationAParty).Stock.DeleteUnitAsync(new V1.DeleteUnitRequest { Name = UnitOfB }, cancellationToken: Ct).ResponseAsync);

        Assert.NotNull(await server.Store.Stock.GetUnitAsync(CorporationB, UnitB, Ct));
    }

    [Fact]
    public async Task CorporationA_CannotCreateAUnitForCorporationB_AndNothingIsStored()
    {
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => server.As(CorporationAParty).Stock.CreateUnitAsync(
            new V1.CreateUnitRequest { Parent = $"corporations/{CorporationB}", UnitId = "planted", Unit = Messages.Unit() }, cancellationToken: Ct).ResponseAsync);

        Assert.Null(await server.Store.Stock.GetUnitAsync(CorporationB, "planted", Ct));
    }

    [Fact]
    public async Task CorporationA_AskingForAMissingUnitOfB_LearnsNotEvenWhetherItExists()
    {
        var missing = await RpcAssert.FailsAsync(StatusCode.NotFound, () =>
            server.As(CorporationAParty).Stock.GetUnitAsync(new V1.GetUnitRequest { Name = $"corporations/{CorporationB}/units/no-such-unit" }, cancellationToken: Ct).ResponseAsync);
        var existing = await RpcAssert.FailsAsync(StatusCode.NotFound, () =>
            server.As(CorporationAParty).Stock.GetUnitAsync(new V1.GetUnitRequest { Name = UnitOfB }, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(missing.Status.Detail.Replace("no-such-unit", UnitB, StringComparison.Ordinal), existing.Status.Detail);
    }

    [Fact]
    public async Task Desk_ReadsItsOwnMunicipalitysClient()
    {
        var client = await server.As(NijmegenDesk).Client.GetClientAsync(new V1.GetClientRequest { Name = ClientOfNijmegen }, cancellationToken: Ct);

        Assert.Equal(ClientOfNijmegen, client.Name);
        Assert.Equal("GM0268", client.Wishes.Areas.Single().AreaCode);
    }

    [Fact]
    public async Task DeskGM0209_CannotReadOrListGM0268sClients()
    {
        var beuningen = server.As(BeuningenDesk).Client;

        var e = await RpcAssert.FailsAsync(StatusCode.NotFound, () =>
            beuningen.GetClientAsync(new V1.GetClientRequest { Name = ClientOfNijmegen }, cancellationToken: Ct).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () =>
            beuningen.ListClientsAsync(new V1.ListClientsRequest { Parent = "municipalities/GM0268" }, cancellationToken: Ct).ResponseAsync);

        Assert.DoesNotContain(SeedData.CareTeam, e.Status.Detail);
    }

    [Fact]
    public async Task DeskGM0209_CannotChangeOrDeleteGM0268sClients_OrRegisterOne()
    {
        var beuningen = server.As(BeuningenDesk).Client;
        var before = await StoredState.SnapshotAsync(server.Store);

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => beuningen.UpdateClientAsync(new V1.UpdateClientRequest
        {
            Client = new V1.Client { Name = ClientOfNijmegen, HouseholdSize = 3 },
            UpdateMask = new FieldMask { Paths = { "household_size" } },
        }, cancellationToken: Ct).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () =>
            beuningen.DeleteClientAsync(new V1.DeleteClientRequest { Name = ClientOfNijmegen }, cancellationToken: Ct).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => beuningen.CreateClientAsync(
            new V1.CreateClientRequest { Parent = "municipalities/GM0268", ClientId = "planted", Client = Messages.Client() }, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(before, await StoredState.SnapshotAsync(server.Store));
    }

    public static TheoryData<string> IndividualReads => new("client", "clients", "unit", "units");

    [Theory]
    [MemberData(nameof(IndividualReads))]
    public async Task BoardAndAdministrator_CannotReadIndividualClientsOrUnits(string what)
    {
        foreach (var party in new[] { Board, Administrator })
        {
            var c = server.As(party);
            Func<Task> call = what switch
            {
                "client" => () => c.Client.GetClientAsync(new V1.GetClientRequest { Name = ClientOfNijmegen }, cancellationToken: Ct).ResponseAsync,
                "clients" => () => c.Client.ListClientsAsync(new V1.ListClientsRequest { Parent = "municipalities/GM0268" }, cancellationToken: Ct).ResponseAsync,
                "unit" => () => c.Stock.GetUnitAsync(new V1.GetUnitRequest { Name = UnitOfB }, cancellationToken: Ct).ResponseAsync,
                _ => () => c.Stock.ListUnitsAsync(new V1.ListUnitsRequest { Parent = $"corporations/{CorporationB}" }, cancellationToken: Ct).ResponseAsync,
            };

            // One named client or unit is answered as missing (no existence oracle); a list is refused.
            await RpcAssert.FailsAsync(what is "client" or "unit" ? StatusCode.NotFound : StatusCode.PermissionDenied, call);
        }
    }

    [Fact]
    public async Task Board_ReadsAggregates_CountedFromWhatIsStored()
    {
        var load = await server.As(Board).Region.GetRegionLoadAsync(new V1.GetRegionLoadRequest { Name = $"regions/{RegionId}/load" }, cancellationToken: Ct);

        var stadscentrum = load.Neighbourhoods.Single(n => n.Neighbourhood.EndsWith(Stadscentrum.Value, StringComparison.Ordinal));
        var beuningen = load.Neighbourhoods.Single(n => n.Neighbourhood.EndsWith(BeuningenCentrum.Value, StringComparison.Ordinal));
        Assert.Equal(Region.Neighbourhoods.Count, load.Neighbourhoods.Count);
        Assert.Equal(1, stadscentrum.AvailableUnits);
        Assert.Equal(3, stadscentrum.ExistingProtectedHomes);
        Assert.Equal(1, stadscentrum.WaitingClientsWishing);
        Assert.Equal(1, beuningen.AvailableUnits);
        Assert.Equal(1, beuningen.WaitingClientsWishing);
        Assert.Equal(2, load.TotalAvailableUnits);
        Assert.Equal(2, load.TotalWaitingClients);
        var limits = Region.Region.DefaultLimits;
        Assert.Equal(limits.CeilingFor(Region.Neighbourhood(Stadscentrum).Inhabitants), stadscentrum.ProtectedHomesCeiling);
    }

    [Fact]
    public async Task BoardOfAnotherRegion_CannotReadThisRegionsAggregates()
    {
        var other = new Party(PartyKind.RegionalBoard, "regio-arnhem");

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () =>
            server.As(other).Region.GetRegionLoadAsync(new V1.GetRegionLoadRequest { Name = $"regions/{RegionId}/load" }, cancellationToken: Ct).ResponseAsync);
    }

    [Fact]
    public async Task OnlyTheAdministrator_ChangesNeighbourhoodLimits()
    {
        var request = new V1.UpdateNeighbourhoodRequest
        {
            Neighbourhood = new V1.Neighbourhood
            {
                Name = $"regions/{RegionId}/neighbourhoods/BU02680517",
                LimitsOverride = new V1.LoadLimits { NewPlacementsPerPeriod = 1, MaxProtectedHomesPerThousand = 0.5 },
            },
            UpdateMask = new FieldMask { Paths = { "limits_override" } },
        };
        foreach (var party in new[] { CorporationAParty, NijmegenDesk, Board })
        {
            await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => server.As(party).Region.UpdateNeighbourhoodAsync(request, cancellationToken: Ct).ResponseAsync);
        }
        Assert.Null((await server.Store.Regions.GetNeighbourhoodAsync(RegionId, new("BU02680517"), Ct))!.LimitsOverride);

        var updated = await server.As(Administrator).Region.UpdateNeighbourhoodAsync(request, cancellationToken: Ct);

        Assert.Equal(1, updated.EffectiveLimits.NewPlacementsPerPeriod);
        var stored = await server.Store.Regions.GetNeighbourhoodAsync(RegionId, new("BU02680517"), Ct);
        Assert.Equal(0.5m, stored!.LimitsOverride!.MaxProtectedHomesPerThousandInhabitants);
    }

    [Fact]
    public async Task Agreements_CorporationSeesItsOwn_DeskItsMunicipalitys_BoardAll()
    {
        async Task<IReadOnlyList<string>> Visible(Party party) =>
            [.. (await server.As(party).Region.ListPerformanceAgreementsAsync(
                new V1.ListPerformanceAgreementsRequest { Parent = $"regions/{RegionId}" }, cancellationToken: Ct)).PerformanceAgreements.Select(a => a.Name[(a.Name.LastIndexOf('/') + 1)..])];

        Assert.Equal([AgreementA], await Visible(CorporationAParty));
        Assert.Equal([AgreementB], await Visible(BeuningenDesk));
        Assert.Equal([AgreementA, AgreementB], await Visible(Board));
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => server.As(CorporationAParty).Region.GetPerformanceAgreementAsync(
            new V1.GetPerformanceAgreementRequest { Name = $"regions/{RegionId}/performanceAgreements/{AgreementB}" }, cancellationToken: Ct).ResponseAsync);
    }

    [Fact]
    public async Task Agreements_OnlyBoardOrAdministratorWrite()
    {
        var request = new V1.CreatePerformanceAgreementRequest
        {
            Parent = $"regions/{RegionId}",
            PerformanceAgreementId = "agr-by-corporation",
            PerformanceAgreement = Messages.Agreement(),
        };

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () =>
            server.As(CorporationAParty).Region.CreatePerformanceAgreementAsync(request, cancellationToken: Ct).ResponseAsync);

        Assert.Null(await server.Store.Agreements.GetAgreementAsync(RegionId, "agr-by-corporation", Ct));
    }

    [Fact]
    public async Task PublicReferenceData_IsReadableByEveryParty()
    {
        foreach (var party in new[] { CorporationAParty, NijmegenDesk, Board, Administrator })
        {
            var c = server.As(party).Region;
            var teams = await c.ListCareTeamsAsync(new V1.ListCareTeamsRequest { Parent = $"regions/{RegionId}" }, cancellationToken: Ct);
            var neighbourhood = await c.GetNeighbourhoodAsync(
                new V1.GetNeighbourhoodRequest { Name = $"regions/{RegionId}/neighbourhoods/{Stadscentrum}" }, cancellationToken: Ct);

            Assert.Contains(teams.CareTeams, t => t.Name.EndsWith(SeedData.CareTeam, StringComparison.Ordinal));
            Assert.Equal("Stadscentrum", neighbourhood.DisplayName);
        }
    }
}
