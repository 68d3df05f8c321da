using BeschermdThuis.Matching.Application.Matching;
using BeschermdThuis.Matching.Application.Tests.Support;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Application.Tests;

/// <summary>
/// Match runs through the use case on a real SQLite file: who may run one, and what each reader sees of it
/// (a desk its own clients, the board figures and counts only).
/// </summary>
public sealed class MatchRunAccessTests(DemoWorld world) : IClassFixture<DemoWorld>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(PartyKind.HousingCorporation)]
    [InlineData(PartyKind.Administrator)]
    public async Task Run_ByACorporationOrAnAdministrator_IsRefusedBeforeAnythingIsStored(PartyKind kind)
    {
        var before = await world.Database.MatchRuns.ListMatchRunsAsync(DemoWorld.RegionId, PageRequest.First(100), Cancel);

        await Assert.ThrowsAsync<PermissionDeniedException>(() =>
            world.Matching().RunMatchAsync(new Party(kind, "someone"), DemoWorld.RegionId, DemoWorld.MatchRequest, null, null, Cancel));

        var after = await world.Database.MatchRuns.ListMatchRunsAsync(DemoWorld.RegionId, PageRequest.First(100), Cancel);
        Assert.Equal(before.Items.Count, after.Items.Count);
    }

    [Fact]
    public async Task Run_ByADesk_ShowsOnlyItsOwnClientsAndTheBoardSeesNoPairs()
    {
        var municipality = world.Population.Clients[0].ResponsibleMunicipality;
        var desk = new Party(PartyKind.MunicipalDesk, municipality.Value);
        var board = new Party(PartyKind.RegionalBoard, DemoWorld.RegionId);
        var service = world.Matching();

        var run = await service.RunMatchAsync(desk, DemoWorld.RegionId, DemoWorld.MatchRequest, null, null, Cancel);
        var read = await service.GetMatchRunAsync(board, DemoWorld.RegionId, run.Run.Summary.Id, Cancel);

        Assert.Equal(MatchRunAudience.DeskOf(municipality), run.Audience);
        Assert.NotEmpty(run.VisiblePairs.Concat<object>(run.VisibleUnmatched));
        Assert.All(run.VisiblePairs, p => Assert.Equal(municipality.Value, p.Municipality));
        Assert.All(run.VisibleUnmatched, u => Assert.Equal(municipality.Value, u.Municipality));
        Assert.Equal(world.Population.Clients.Count, run.Run.Result.Pairs.Count + run.Run.Result.Unmatched.Count);
        Assert.Equal(desk, run.Run.Summary.RequestedBy);
        Assert.Equal(MatchRunVisibility.Aggregates, read.Audience.Visibility);
        Assert.Empty(read.VisiblePairs);
        Assert.Empty(read.VisibleUnmatched);
        Assert.Equal(run.Run.Summary.PairCount, read.Run.Summary.PairCount);
    }

    [Fact]
    public async Task Explanation_OnlyForTheDeskOfTheClientsMunicipality()
    {
        var client = world.Population.Clients[0];
        var otherMunicipality = world.Population.Neighbourhoods.Select(n => n.Municipality).First(m => m != client.ResponsibleMunicipality);
        var service = world.Matching();
        var run = await service.RunMatchAsync(new Party(PartyKind.RegionalBoard, DemoWorld.RegionId), DemoWorld.RegionId, DemoWorld.MatchRequest, null, null, Cancel);
        var runId = run.Run.Summary.Id;

        var (_, explanation, _) = await service.ExplainClientAsync(
            new Party(PartyKind.MunicipalDesk, client.ResponsibleMunicipality.Value), DemoWorld.RegionId, runId, client.ResponsibleMunicipality, client.Reference, Cancel);

        Assert.Equal(ResourceNames.Client(client.ResponsibleMunicipality, client.Reference), explanation.Client);
        await Assert.ThrowsAsync<PermissionDeniedException>(() => service.ExplainClientAsync(
            new Party(PartyKind.RegionalBoard, DemoWorld.RegionId), DemoWorld.RegionId, runId, client.ResponsibleMunicipality, client.Reference, Cancel));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => service.ExplainClientAsync(
            new Party(PartyKind.MunicipalDesk, otherMunicipality.Value), DemoWorld.RegionId, runId, client.ResponsibleMunicipality, client.Reference, Cancel));
    }
}
