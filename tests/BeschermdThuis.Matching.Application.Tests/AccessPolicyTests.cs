using BeschermdThuis.Matching.Application.Tests.Support;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Application.Tests;

/// <summary>
/// Who may see and do what (<see cref="AccessPolicy"/>), through the use cases on a real SQLite file: each party gets
/// its own data, a refused call reads or changes nothing.
/// </summary>
public sealed class AccessPolicyTests(DemoWorld world) : IClassFixture<DemoWorld>
{
    private static readonly PageRequest All = PageRequest.First(1000);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private string FirstCorporation => world.Population.Corporations[0].Id;

    private string OtherCorporation => world.Population.Corporations[1].Id;

    private MunicipalityCode ClientMunicipality => world.Population.Clients[0].ResponsibleMunicipality;

    private MunicipalityCode OtherMunicipality =>
        world.Population.Neighbourhoods.Select(n => n.Municipality).First(m => m != ClientMunicipality);

    [Fact]
    public async Task Units_TheirCorporation_ReadsOnlyItsOwn()
    {
        var page = await world.Stock().ListUnitsAsync(new Party(PartyKind.HousingCorporation, FirstCorporation), FirstCorporation, All, Cancel);

        Assert.NotEmpty(page.Items);
        Assert.All(page.Items, u => Assert.Equal(FirstCorporation, u.Value.CorporationId));
    }

    [Theory]
    [InlineData(PartyKind.HousingCorporation, "other")]
    [InlineData(PartyKind.MunicipalDesk, "GM0268")]
    [InlineData(PartyKind.RegionalBoard, "regio-nijmegen")]
    [InlineData(PartyKind.Administrator, "admin")]
    public async Task Units_AnyoneButTheirCorporation_IsRefused(PartyKind kind, string id)
    {
        var party = new Party(kind, kind == PartyKind.HousingCorporation ? OtherCorporation : id);

        await Assert.ThrowsAsync<PermissionDeniedException>(() => world.Stock().ListUnitsAsync(party, FirstCorporation, All, Cancel));
    }

    [Fact]
    public async Task Clients_TheDeskOfTheirMunicipality_ReadsThem()
    {
        var page = await world.Clients().ListClientsAsync(new Party(PartyKind.MunicipalDesk, ClientMunicipality.Value), ClientMunicipality, All, Cancel);

        Assert.NotEmpty(page.Items);
        Assert.All(page.Items, c => Assert.Equal(ClientMunicipality, c.Client.ResponsibleMunicipality));
    }

    [Fact]
    public async Task Clients_AnotherDeskACorporationOrTheBoard_IsRefused()
    {
        foreach (var party in new[]
        {
            new Party(PartyKind.MunicipalDesk, OtherMunicipality.Value),
            new Party(PartyKind.HousingCorporation, FirstCorporation),
            new Party(PartyKind.RegionalBoard, DemoWorld.RegionId),
            new Party(PartyKind.Administrator, "admin"),
        })
        {
            await Assert.ThrowsAsync<PermissionDeniedException>(() => world.Clients().ListClientsAsync(party, ClientMunicipality, All, Cancel));
        }
    }

    [Fact]
    public async Task Agreements_EachPartyListsOnlyWhatBindsIt()
    {
        var service = world.Agreements();

        var corporation = await service.ListAgreementsAsync(new Party(PartyKind.HousingCorporation, FirstCorporation), DemoWorld.RegionId, All, Cancel);
        var desk = await service.ListAgreementsAsync(new Party(PartyKind.MunicipalDesk, ClientMunicipality.Value), DemoWorld.RegionId, All, Cancel);
        var board = await service.ListAgreementsAsync(new Party(PartyKind.RegionalBoard, DemoWorld.RegionId), DemoWorld.RegionId, All, Cancel);
        var otherBoard = await service.ListAgreementsAsync(new Party(PartyKind.RegionalBoard, "regio-elders"), DemoWorld.RegionId, All, Cancel);

        Assert.All(corporation.Items, a => Assert.Equal(FirstCorporation, a.Value.CorporationId));
        Assert.All(desk.Items, a => Assert.Equal(ClientMunicipality, a.Value.Municipality));
        Assert.Equal(world.Population.Agreements.Count, board.Items.Count);
        Assert.True(corporation.Items.Count < board.Items.Count);
        Assert.Empty(otherBoard.Items);
    }

    [Fact]
    public async Task Agreements_DeletedByADesk_IsRefusedAndTheAgreementStays()
    {
        var agreement = world.Population.Agreements[0];
        var desk = new Party(PartyKind.MunicipalDesk, agreement.Municipality.Value);

        await Assert.ThrowsAsync<PermissionDeniedException>(() => world.Agreements().DeleteAgreementAsync(desk, DemoWorld.RegionId, agreement.Id, Cancel));

        Assert.NotNull(await world.Database.Agreements.GetAgreementAsync(DemoWorld.RegionId, agreement.Id, Cancel));
    }

    [Theory]
    [InlineData(PartyKind.RegionalBoard)]
    [InlineData(PartyKind.MunicipalDesk)]
    [InlineData(PartyKind.HousingCorporation)]
    public async Task CareTeams_DeletedByAnyoneButAnAdministrator_IsRefusedAndTheTeamStays(PartyKind kind)
    {
        var team = world.Population.CareTeams[0];

        await Assert.ThrowsAsync<PermissionDeniedException>(() => world.CareTeams().DeleteCareTeamAsync(new Party(kind, DemoWorld.RegionId), DemoWorld.RegionId, team.Id, Cancel));

        Assert.NotNull(await world.Database.CareTeams.GetCareTeamAsync(DemoWorld.RegionId, team.Id, Cancel));
    }

    [Fact]
    public async Task RegionLoad_TheBoardOfAnotherRegion_IsRefused()
    {
        var load = await world.Regions().GetRegionLoadAsync(new Party(PartyKind.RegionalBoard, DemoWorld.RegionId), DemoWorld.RegionId, Cancel);

        Assert.Equal(world.Population.Clients.Count, load.WaitingClients);
        await Assert.ThrowsAsync<PermissionDeniedException>(() =>
            world.Regions().GetRegionLoadAsync(new Party(PartyKind.RegionalBoard, "regio-elders"), DemoWorld.RegionId, Cancel));
    }
}
