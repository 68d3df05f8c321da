using BeschermdThuis.Matching.Application.Matching;
using BeschermdThuis.Matching.Application.Tests.Support;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Proposals;

namespace BeschermdThuis.Matching.Application.Tests;

/// <summary>Issue 11, item 9: the audit trail is listed per proposal, client and unit by whoever may see that subject.</summary>
public sealed class AuditAccessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AuditTrail_IsListedPerSubject_OnlyForThePartiesThatMaySeeIt()
    {
        await using var world = new DemoWorld();
        await world.InitializeAsync();
        var run = await world.Matching().RunMatchAsync(MatchCaller.LocalOperator, DemoWorld.MatchRequest(), null, null, Ct);
        var pair = run.Run.Result.Pairs[0];
        var (municipality, client) = ResourceNames.ParseClient(pair.Client, "pair");
        var (corporationId, unitId) = ResourceNames.ParseUnit(pair.Unit, "pair");
        var (desk, corporation) = (new Party(PartyKind.MunicipalDesk, municipality.Value), new Party(PartyKind.HousingCorporation, corporationId));
        var otherDesk = new Party(PartyKind.MunicipalDesk, municipality.Value == "GM0268" ? "GM0277" : "GM0268");
        var otherCorporation = new Party(PartyKind.HousingCorporation, corporationId + "-other");
        var proposals = world.Proposals();
        var id = (await proposals.CreateProposalAsync(desk, DemoWorld.RegionId, run.Run.Summary.Id, municipality, client, Ct)).Proposal.Id;
        await proposals.ActAsync(desk, DemoWorld.RegionId, id, ProposalAction.Propose, null, Ct);
        await proposals.DeclineAsync(corporation, DemoWorld.RegionId, id, "support-not-arranged", null, null, Ct);
        var audit = world.Audit();

        var forClient = await audit.ListForClientAsync(desk, DemoWorld.RegionId, municipality, client, new(10, null), Ct);
        var forProposalByDesk = await audit.ListForProposalAsync(desk, DemoWorld.RegionId, id, new(10, null), Ct);
        var forProposalByCorporation = await audit.ListForProposalAsync(corporation, DemoWorld.RegionId, id, new(10, null), Ct);
        var forUnit = await audit.ListForUnitAsync(corporation, DemoWorld.RegionId, corporationId, unitId, new(10, null), Ct);

        Assert.Equal(["Create", "Propose", "Decline"], forClient.Items.Select(e => e.Action));
        Assert.Equal(forClient.Items, forProposalByDesk.Items);
        Assert.Equal([null, "support-not-arranged"], forProposalByDesk.Items.Skip(1).Select(e => e.Reason));
        Assert.Equal(forProposalByDesk.Items.Select(e => e with { ClientPseudonym = null }), forProposalByCorporation.Items);
        Assert.Equal(forProposalByCorporation.Items, forUnit.Items);
        await Assert.ThrowsAsync<NotFoundException>(() => audit.ListForClientAsync(otherDesk, DemoWorld.RegionId, municipality, client, new(10, null), Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => audit.ListForProposalAsync(otherCorporation, DemoWorld.RegionId, id, new(10, null), Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => audit.ListForUnitAsync(otherCorporation, DemoWorld.RegionId, corporationId, unitId, new(10, null), Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => audit.ListForUnitAsync(desk, DemoWorld.RegionId, corporationId, unitId, new(10, null), Ct));
    }
}
