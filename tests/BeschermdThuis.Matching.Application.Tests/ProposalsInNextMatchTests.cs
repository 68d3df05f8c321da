using BeschermdThuis.Matching.Application.Matching;
using BeschermdThuis.Matching.Application.Tests.Support;
using BeschermdThuis.Matching.Domain.Audit;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Solver.Problem;

namespace BeschermdThuis.Matching.Application.Tests;

/// <summary>
/// Issue 11, acceptance: a declined pair does not come back in the next match, an overridden one does (with its
/// justification kept and audited), and a signed tenancy lowers the neighbourhood's remaining capacity and raises the
/// agreement's fulfilment in the next match. Each test on its own fresh database (they change it).
/// </summary>
public sealed class ProposalsInNextMatchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DeclinedPair_IsExcludedFromTheNextMatch_UntilTheDeskOverridesIt()
    {
        await using var world = await OpenAsync();
        var run = await world.Matching().RunMatchAsync(MatchCaller.LocalOperator, DemoWorld.MatchRequest(), null, null, Ct);
        var pair = run.Run.Result.Pairs[0];
        var (desk, corporation, municipality, client, corporationId, unitId) = Parties(pair);
        var proposals = world.Proposals();
        var draft = await proposals.CreateProposalAsync(desk, DemoWorld.RegionId, run.Run.Summary.Id, municipality, client, Ct);
        await proposals.ActAsync(desk, DemoWorld.RegionId, draft.Proposal.Id, ProposalAction.Propose, draft.ETag, Ct);

        var declined = await proposals.DeclineAsync(corporation, DemoWorld.RegionId, draft.Proposal.Id, "neighbourhood-concerns", "te veel druk", null, Ct);
        var afterDecline = await LoadAsync(world);
        var rematch = await world.Matching().RunMatchAsync(MatchCaller.LocalOperator, DemoWorld.MatchRequest(), null, null, Ct);

        Assert.Equal(ProposalState.DeclinedByCorporation, declined.Proposal.State);
        Assert.Equal("Concerns about the neighbourhood's load", declined.Proposal.Decision!.Reason.Label);
        Assert.Contains(new ClientUnitPair(client, unitId), afterDecline.Excluded);
        Assert.DoesNotContain(rematch.Run.Result.Pairs, p => p.Client == pair.Client && p.Unit == pair.Unit);
        var again = await Assert.ThrowsAsync<FailedPreconditionException>(
            () => proposals.CreateProposalAsync(desk, DemoWorld.RegionId, run.Run.Summary.Id, municipality, client, Ct));
        Assert.Contains("declined before", again.Message, StringComparison.Ordinal);

        await proposals.OverrideExclusionAsync(desk, DemoWorld.RegionId, municipality, client, corporationId, unitId,
            "De cliënt wil de woning na een tweede bezichtiging toch graag; de corporatie is akkoord.", Ct);
        var afterOverride = await LoadAsync(world);
        var overrides = await world.Database.Proposals.ListPairOverridesAsync(DemoWorld.RegionId, Ct);
        var audit = await world.Database.AuditTrail.ListAuditEntriesAsync(DemoWorld.RegionId,
            new AuditQuery(ClientPseudonym: world.Pseudonyms.Of(municipality, client)), new(50, null), Ct);

        Assert.DoesNotContain(new ClientUnitPair(client, unitId), afterOverride.Excluded);
        Assert.StartsWith("De cliënt wil de woning", Assert.Single(overrides).Justification);
        Assert.Equal(["Create", "Propose", "Decline", "OverrideExclusion"], audit.Items.Select(e => e.Action));
        Assert.Equal(desk.ToString(), audit.Items[^1].Actor);
        Assert.DoesNotContain(audit.Items, e => (e.Reason ?? "").Contains("druk", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignedTenancy_CountsInItsNeighbourhoodAndAgreement_AndLeavesTheMatch()
    {
        await using var world = await OpenAsync();
        var request = DemoWorld.MatchRequest();
        var before = await LoadAsync(world);
        var run = await world.Matching().RunMatchAsync(MatchCaller.LocalOperator, request, null, null, Ct);
        var (pair, unit, agreement) = run.Run.Result.Pairs
            .Select(p => (Pair: p, Unit: before.Units.Single(u => $"corporations/{u.CorporationId}/units/{u.Id}" == p.Unit)))
            .Select(x => (x.Pair, x.Unit, Agreement: before.Agreements.FirstOrDefault(a => a.Covers(x.Unit) && a.Period.Contains(request.Period.Start))))
            .First(x => x.Agreement is not null);
        var team = before.CareTeams.First(t => t.ServiceArea.Covers(unit.Location, unit.Neighbourhood.Municipality));
        var (desk, corporation, municipality, client, _, _) = Parties(pair);
        var proposals = world.Proposals();
        var id = (await proposals.CreateProposalAsync(desk, DemoWorld.RegionId, run.Run.Summary.Id, municipality, client, Ct)).Proposal.Id;

        await proposals.ActAsync(desk, DemoWorld.RegionId, id, ProposalAction.Propose, null, Ct);
        await proposals.ActAsync(corporation, DemoWorld.RegionId, id, ProposalAction.Accept, null, Ct);
        await proposals.ActAsync(desk, DemoWorld.RegionId, id, ProposalAction.Offer, null, Ct);
        await proposals.ActAsync(desk, DemoWorld.RegionId, id, ProposalAction.Accept, null, Ct);
        await proposals.ConfirmSupportAsync(desk, DemoWorld.RegionId, id, team.Id, request.Period.Start, null, Ct);
        var signed = await proposals.SignAsync(corporation, DemoWorld.RegionId, id, request.Period.Start, null, Ct);
        var after = await LoadAsync(world);

        Assert.Equal(ProposalState.TenancySigned, signed.Proposal.State);
        int Homes(MatchProblem p) => p.Neighbourhoods.Single(n => n.Code == unit.Neighbourhood).ExistingProtectedHomes;
        int Caseload(MatchProblem p) => p.CareTeams.Single(t => t.Id == team.Id).CurrentCaseload;
        Assert.Equal(Homes(before) + 1, Homes(after));
        Assert.Equal(0, before.NewPlacementsEarlier.GetValueOrDefault(unit.Neighbourhood));
        Assert.Equal(1, after.NewPlacementsEarlier[unit.Neighbourhood]);
        Assert.Equal(before.PlacedEarlier[agreement!.Id] + 1, after.PlacedEarlier[agreement.Id]);
        var quota = (MatchProblem p) => p.Quotas.Single(q => q.Agreement.Id == agreement.Id);
        Assert.True(quota(after).Target <= quota(before).Target, $"target {quota(before).Target} -> {quota(after).Target}");
        Assert.DoesNotContain(after.Clients, c => c.Reference == client);
        Assert.DoesNotContain(after.Units, u => u.Id == unit.Id && u.CorporationId == unit.CorporationId);
        var housedTeam = after.CareTeams.Single(t => t.Id == team.Id);
        Assert.True(Caseload(after) == Caseload(before) + (world.Population.Clients.Single(c => c.Reference == client).CareTeamId == team.Id ? 1 : 0),
            $"caseload {Caseload(before)} -> {housedTeam.CurrentCaseload}");
    }

    [Fact]
    public async Task RunMatch_WhileTheRegionsMatchLockIsHeld_IsAbortedAndStoresNothing()
    {
        await using var world = await OpenAsync();
        await using (await world.Database.MatchLock.AcquireAsync(DemoWorld.RegionId, Ct))
        {
            var error = await Assert.ThrowsAsync<AbortedException>(
                () => world.Matching().RunMatchAsync(MatchCaller.LocalOperator, DemoWorld.MatchRequest(), null, null, Ct));
            Assert.Contains("already running", error.Message, StringComparison.Ordinal);
            Assert.Empty((await world.Database.MatchRuns.ListMatchRunsAsync(DemoWorld.RegionId, new(10, null), Ct)).Items);
        }
        await world.Matching().RunMatchAsync(MatchCaller.LocalOperator, DemoWorld.MatchRequest(), null, null, Ct);
        Assert.Single((await world.Database.MatchRuns.ListMatchRunsAsync(DemoWorld.RegionId, new(10, null), Ct)).Items);
    }

    [Fact]
    public async Task TwoConcurrentRunMatches_NeverInterleave_TheSecondIsAbortedWhileTheFirstRuns()
    {
        await using var world = await OpenAsync();
        using var firstIsSolving = new SemaphoreSlim(0);
        using var letFirstFinish = new SemaphoreSlim(0);
        var held = 0;
        // The first match reports progress from inside the solver, holding the region's lock; it waits there until the
        // second call has been answered.
        var first = Task.Run(() => world.Matching().RunMatchAsync(MatchCaller.LocalOperator, DemoWorld.MatchRequest(), null, _ =>
        {
            if (Interlocked.Exchange(ref held, 1) == 0)
            {
                firstIsSolving.Release();
                letFirstFinish.Wait(Ct);
            }
        }, Ct), Ct);
        await firstIsSolving.WaitAsync(Ct);

        var second = await Assert.ThrowsAsync<AbortedException>(
            () => world.Matching().RunMatchAsync(MatchCaller.LocalOperator, DemoWorld.MatchRequest(), null, null, Ct));
        letFirstFinish.Release();
        var finished = await first;

        Assert.Contains("already running", second.Message, StringComparison.Ordinal);
        var stored = await world.Database.MatchRuns.ListMatchRunsAsync(DemoWorld.RegionId, new(10, null), Ct);
        Assert.Equal(finished.Run.Summary.Id, Assert.Single(stored.Items).Id);
    }

    private static async Task<DemoWorld> OpenAsync()
    {
        var world = new DemoWorld();
        await world.InitializeAsync();
        return world;
    }

    private static Task<MatchProblem> LoadAsync(DemoWorld world)
    {
        var request = DemoWorld.MatchRequest();
        var policy = MatchPolicyJson.Load(DefaultFiles.Resolve(DefaultFiles.MatchingPolicyConfig));
        return world.Input().LoadAsync(DemoWorld.RegionId, request.Period, request.RentYear!.Value, request.AsOf!.Value, new MatchOptions(policy), Ct);
    }

    private static (Party Desk, Party Corporation, Domain.Geography.MunicipalityCode Municipality, Domain.Clients.ClientReference Client, string CorporationId, string UnitId)
        Parties(PairDocument pair)
    {
        var (municipality, client) = ResourceNames.ParseClient(pair.Client, "pair");
        var (corporationId, unitId) = ResourceNames.ParseUnit(pair.Unit, "pair");
        return (new Party(PartyKind.MunicipalDesk, municipality.Value), new Party(PartyKind.HousingCorporation, corporationId), municipality, client, corporationId, unitId);
    }
}
