using BeschermdThuis.Matching.Application.Matching;
using BeschermdThuis.Matching.Application.Tests.Support;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Proposals;

namespace BeschermdThuis.Matching.Application.Tests;

/// <summary>
/// Issue 11, item 5: after a decline the desk re-matches; the pair with a pending proposal stays pinned, the declined
/// pair is released with its reason, and the comparison shows only the desk's own clients.
/// </summary>
public sealed class RematchChangesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Rematch_KeepsThePendingPairPinned_AndReleasesTheDeclinedOneWithItsReason()
    {
        await using var world = new DemoWorld();
        await world.InitializeAsync();
        var first = await world.Matching().RunMatchAsync(MatchCaller.LocalOperator, DemoWorld.MatchRequest(), null, null, Ct);
        var municipality = first.Run.Result.Pairs.GroupBy(p => p.Municipality).First(g => g.Count() >= 2).Key;
        var (pending, declined) = (first.Run.Result.Pairs.First(p => p.Municipality == municipality),
            first.Run.Result.Pairs.Where(p => p.Municipality == municipality).Skip(1).First());
        var desk = new Party(PartyKind.MunicipalDesk, municipality);
        var proposals = world.Proposals();
        await ProposeAsync(world, desk, first.Run.Summary.Id, pending);
        var declinedId = await ProposeAsync(world, desk, first.Run.Summary.Id, declined);
        var corporation = new Party(PartyKind.HousingCorporation, ResourceNames.ParseUnit(declined.Unit, "unit").CorporationId);
        await proposals.DeclineAsync(corporation, DemoWorld.RegionId, declinedId, "unit-unavailable", null, null, Ct);

        var second = await world.Matching().RunMatchAsync(MatchCaller.LocalOperator, DemoWorld.MatchRequest(), null, null, Ct);
        var changes = await world.Matching().CompareWithPreviousAsync(desk, DemoWorld.RegionId, second.Run.Summary.Id, world.Database.Proposals, Ct);

        Assert.Equal(first.Run.Summary.Id, changes.PreviousRunId);
        var kept = Assert.Single(changes.Lines, l => l.Client == pending.Client && l.Unit == pending.Unit);
        Assert.Equal((PairChange.Kept, "pinned: its proposal is ProposedToCorporation"), (kept.Change, kept.Reason));
        var released = Assert.Single(changes.Lines, l => l.Client == declined.Client && l.Unit == declined.Unit);
        Assert.Equal((PairChange.Released, "DeclinedByCorporation: unit-unavailable"), (released.Change, released.Reason));
        Assert.All(changes.Lines, l => Assert.Equal(municipality, l.Municipality));
    }

    [Fact]
    public async Task CompareWithPrevious_OnTheFirstRun_IsAFailedPrecondition()
    {
        await using var world = new DemoWorld();
        await world.InitializeAsync();
        var only = await world.Matching().RunMatchAsync(MatchCaller.LocalOperator, DemoWorld.MatchRequest(), null, null, Ct);
        var desk = new Party(PartyKind.MunicipalDesk, only.Run.Result.Pairs[0].Municipality);

        await Assert.ThrowsAsync<FailedPreconditionException>(
            () => world.Matching().CompareWithPreviousAsync(desk, DemoWorld.RegionId, only.Run.Summary.Id, world.Database.Proposals, Ct));
    }

    private static async Task<string> ProposeAsync(DemoWorld world, Party desk, string runId, PairDocument pair)
    {
        var (municipality, client) = ResourceNames.ParseClient(pair.Client, "client");
        var proposals = world.Proposals();
        var draft = await proposals.CreateProposalAsync(desk, DemoWorld.RegionId, runId, municipality, client, Ct);
        await proposals.ActAsync(desk, DemoWorld.RegionId, draft.Proposal.Id, ProposalAction.Propose, null, Ct);
        return draft.Proposal.Id;
    }
}
