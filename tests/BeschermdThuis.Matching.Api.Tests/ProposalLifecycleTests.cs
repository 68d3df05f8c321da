using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using BeschermdThuis.Matching.Domain.Proposals;
using Grpc.Core;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>
/// Issue 11's table-driven acceptance test, through gRPC on a real server and SQLite file: every move of
/// <see cref="ProposalLifecycle.Table"/> made by its party succeeds with the table's next state and its audit line;
/// the same move by every other party is refused (NOT_FOUND for whoever may not see the proposal, PERMISSION_DENIED for
/// a role that never makes the move, FAILED_PRECONDITION for one that makes it in other states) and changes nothing;
/// and from every state an illegal move is FAILED_PRECONDITION naming the state and what may happen next.
/// </summary>
public sealed class ProposalLifecycleTests(ProposalServerFixture server) : IClassFixture<ProposalServerFixture>
{
    private static readonly ProposalAction[] PartyMoves =
        [ProposalAction.Propose, ProposalAction.Accept, ProposalAction.Offer, ProposalAction.Decline, ProposalAction.Sign, ProposalAction.Withdraw];

    private readonly ProposalSteps _steps = new(server);

    public static TheoryData<ProposalState, ProposalAction, ProposalActor, ProposalState> Transitions =>
        new(ProposalLifecycle.Table.Select(t => (t.From, t.Action, t.Actor, t.To)));

    public static TheoryData<ProposalState> States => new(Enum.GetValues<ProposalState>());

    [Theory]
    [MemberData(nameof(Transitions))]
    public async Task LegalMove_ByItsParty_Succeeds_ByAnyOtherParty_IsRefusedAndChangesNothing(
        ProposalState from, ProposalAction action, ProposalActor actor, ProposalState to)
    {
        var pair = await LeaseAsync(to);
        var proposal = await _steps.DriveAsync(pair, from);
        if (actor != ProposalActor.Clock)
        {
            await AssertOthersAreRefusedAsync(pair, proposal, from, action, actor);
        }

        var moved = await _steps.MoveAsync(pair, proposal, action, ProposalSteps.PartyFor(pair, actor));

        Assert.Equal(to.ToString(), moved.State.ToString());
        Assert.NotEqual(proposal.Etag, moved.Etag);
        var line = (await _steps.AuditAsync(moved))[^1];
        Assert.Equal((actor == ProposalActor.Clock ? "Clock" : ProposalSteps.PartyFor(pair, actor).ToString(), action.ToString(), from.ToString(), to.ToString()),
            (line.Actor, line.Action, line.OldState, line.NewState));
        await _steps.EndAsync(pair, moved);
    }

    [Theory]
    [MemberData(nameof(States))]
    public async Task IllegalMove_FromEveryState_IsFailedPrecondition_NamingTheStateAndTheAllowedMoves(ProposalState state)
    {
        var pair = await LeaseAsync(state);
        var proposal = await _steps.DriveAsync(pair, state);
        var (action, actor) = PartyMoves
            .SelectMany(a => new[] { ProposalActor.Desk, ProposalActor.Corporation }.Select(r => (Action: a, Actor: r)))
            .First(m => !IsLegal(state, m.Action, m.Actor) && RoleMakes(m.Action, m.Actor));

        var e = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition,
            () => _steps.MoveAsync(pair, proposal, action, ProposalSteps.PartyFor(pair, actor)));

        Assert.Contains($"the proposal is {state}", e.Status.Detail, StringComparison.Ordinal);
        var allowed = ProposalLifecycle.Allowed(state);
        Assert.All(allowed, t => Assert.Contains($"{t.Action} by {t.Actor} -> {t.To}", e.Status.Detail, StringComparison.Ordinal));
        if (allowed.Count == 0)
        {
            Assert.Contains("the proposal is final", e.Status.Detail, StringComparison.Ordinal);
        }
        Assert.Equal(proposal, await _steps.GetAsync(pair.Desk, proposal));
        await _steps.EndAsync(pair, proposal);
    }

    [Fact]
    public async Task CreateProposal_ByAnyoneButTheClientsDesk_IsRefused_AnUnmatchedClientIsFailedPrecondition()
    {
        var pair = (await server.PairsAsync())[0];
        var request = new V1.CreateProposalRequest { Parent = $"regions/{SeedData.RegionId}", MatchRun = server.RunName, Client = pair.Client };
        foreach (var party in new[] { ProposalServerFixture.OtherDesk(pair), pair.Corporation, SeedData.Board, SeedData.Administrator })
        {
            await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => _steps.As(party).CreateProposalAsync(request, cancellationToken: Ct).ResponseAsync);
        }
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => _steps.As(pair.Desk).CreateProposalAsync(
            new V1.CreateProposalRequest(request) { MatchRun = $"regions/{SeedData.RegionId}/matchRuns/no-such-run" }, cancellationToken: Ct).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => _steps.As(pair.Desk).CreateProposalAsync(
            new V1.CreateProposalRequest(request) { Client = $"municipalities/{pair.Municipality}/clients/not-in-the-run" }, cancellationToken: Ct).ResponseAsync);
        var e = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => _steps.As(pair.Desk).CreateProposalAsync(
            new V1.CreateProposalRequest { Parent = "regions/Bad", MatchRun = "runs/1" }, cancellationToken: Ct).ResponseAsync);
        Assert.Equal(["parent", "match_run", "client"], RpcAssert.ViolatedFields(e));
    }

    [Fact]
    public async Task ListProposals_ADeskSeesItsClients_ACorporationItsUnitsWithoutTheClient_NobodyElseThem()
    {
        var pair = (await server.PairsAsync())[0];
        var proposal = await _steps.DriveAsync(pair, ProposalState.ProposedToCorporation);
        var request = new V1.ListProposalsRequest { Parent = $"regions/{SeedData.RegionId}", Unit = pair.Unit, State = V1.ProposalState.ProposedToCorporation };

        var desk = await _steps.As(pair.Desk).ListProposalsAsync(request, cancellationToken: Ct);
        var corporation = await _steps.As(pair.Corporation).ListProposalsAsync(request, cancellationToken: Ct);
        var otherDesk = await _steps.As(ProposalServerFixture.OtherDesk(pair)).ListProposalsAsync(request, cancellationToken: Ct);
        var otherCorporation = await _steps.As(server.OtherCorporation(pair)).ListProposalsAsync(
            new V1.ListProposalsRequest(request) { Unit = "" }, cancellationToken: Ct);

        Assert.Equal(proposal, Assert.Single(desk.Proposals));
        Assert.Equal(pair.Client, proposal.Client);
        var seenByCorporation = Assert.Single(corporation.Proposals);
        Assert.Equal("", seenByCorporation.Client);
        // What the corporation sees of the client and of its support follows the client's consent (ProposalConsentTests).
        Assert.Equal(new V1.Proposal(proposal)
        {
            Client = "", SharedClient = seenByCorporation.SharedClient, Support = seenByCorporation.SharedClient.HasSupportArranged ? proposal.Support : null,
        }, seenByCorporation);
        Assert.Empty(otherDesk.Proposals);
        Assert.DoesNotContain(otherCorporation.Proposals, p => p.Name == proposal.Name);
        foreach (var party in new[] { SeedData.Board, SeedData.Administrator, server.OtherCorporation(pair) })
        {
            await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => _steps.As(party).ListProposalsAsync(request, cancellationToken: Ct).ResponseAsync);
        }
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => _steps.As(pair.Corporation).ListProposalsAsync(
            new V1.ListProposalsRequest(request) { Client = pair.Client }, cancellationToken: Ct).ResponseAsync);
        await _steps.EndAsync(pair, proposal);
    }

    [Fact]
    public async Task ListProposals_PagesNewestFirst_AndATokenIsRefusedUnderOtherFilters()
    {
        var pair = (await server.PairsAsync())[0];
        await _steps.EndOpenProposalsAsync(pair);
        var created = new List<V1.Proposal>();
        for (var i = 0; i < 3; i++)
        {
            created.Add(await _steps.DraftAsync(pair));
            server.Clock.Advance(TimeSpan.FromSeconds(1));
        }
        var request = new V1.ListProposalsRequest { Parent = $"regions/{SeedData.RegionId}", Client = pair.Client, State = V1.ProposalState.Draft, PageSize = 2 };

        var first = await _steps.As(pair.Desk).ListProposalsAsync(request, cancellationToken: Ct);
        var second = await _steps.As(pair.Desk).ListProposalsAsync(new V1.ListProposalsRequest(request) { PageToken = first.NextPageToken }, cancellationToken: Ct);

        Assert.Equal(created.AsEnumerable().Reverse().Select(p => p.Name), first.Proposals.Concat(second.Proposals).Select(p => p.Name));
        Assert.Equal("", second.NextPageToken);
        var e = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => _steps.As(pair.Desk).ListProposalsAsync(
            new V1.ListProposalsRequest(request) { PageToken = first.NextPageToken, State = V1.ProposalState.Withdrawn }, cancellationToken: Ct).ResponseAsync);
        Assert.Equal(["page_token"], RpcAssert.ViolatedFields(e));
        foreach (var draft in created)
        {
            await _steps.EndAsync(pair, draft);
        }
    }

    [Fact]
    public async Task ListDeclineReasons_GivesTheConfiguredReasonsOfBothSides_ToAnyParty()
    {
        var reasons = await _steps.As(SeedData.Board).ListDeclineReasonsAsync(
            new V1.ListDeclineReasonsRequest { Parent = $"regions/{SeedData.RegionId}" }, cancellationToken: Ct);

        Assert.Contains(reasons.Reasons, r => r.Side == V1.DeclineSide.Corporation && r.Code == "unit-unavailable" && r.Label == "Unit no longer available");
        Assert.Contains(reasons.Reasons, r => r.Side == V1.DeclineSide.Client && r.Code == "location");
        Assert.Equal(10, reasons.Reasons.Count);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => _steps.As(SeedData.Board).ListDeclineReasonsAsync(
            new V1.ListDeclineReasonsRequest { Parent = "regions/elsewhere" }, cancellationToken: Ct).ResponseAsync);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static bool IsLegal(ProposalState state, ProposalAction action, ProposalActor actor) =>
        ProposalLifecycle.Table.Any(t => t.From == state && t.Action == action && t.Actor == actor);

    private static bool RoleMakes(ProposalAction action, ProposalActor actor) => ProposalLifecycle.Table.Any(t => t.Action == action && t.Actor == actor);

    /// <summary>Every party but the one the table names tries the move; each is refused and the proposal is as it was.</summary>
    private async Task AssertOthersAreRefusedAsync(MatchedPair pair, V1.Proposal proposal, ProposalState from, ProposalAction action, ProposalActor actor)
    {
        var strangers = new[] { ProposalServerFixture.OtherDesk(pair), server.OtherCorporation(pair), SeedData.Board, SeedData.Administrator };
        foreach (var party in strangers)
        {
            await RpcAssert.FailsAsync(StatusCode.NotFound, () => _steps.MoveAsync(pair, proposal, action, party));
        }
        var otherRole = actor == ProposalActor.Desk ? ProposalActor.Corporation : ProposalActor.Desk;
        if (!IsLegal(from, action, otherRole))
        {
            // A draft is the desk's own: the corporation does not see it at all.
            var expected = otherRole == ProposalActor.Corporation && from == ProposalState.Draft ? StatusCode.NotFound
                : RoleMakes(action, otherRole) ? StatusCode.FailedPrecondition
                : StatusCode.PermissionDenied;
            await RpcAssert.FailsAsync(expected, () => _steps.MoveAsync(pair, proposal, action, ProposalSteps.PartyFor(pair, otherRole)));
        }
        Assert.Equal(proposal, await _steps.GetAsync(pair.Desk, proposal));
    }

    // A signed tenancy houses the client and lets the unit: such a case takes a pair of its own.
    private async Task<MatchedPair> LeaseAsync(ProposalState to) =>
        to == ProposalState.TenancySigned ? await server.TakePairAsync() : (await server.PairsAsync())[0];
}
