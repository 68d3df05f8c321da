using BeschermdThuis.Matching.Domain.Audit;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Domain.Repositories;
using Google.Type;

namespace BeschermdThuis.Matching.Api.Tests.Infrastructure;

/// <summary>
/// Drives proposals through the API only: drafts one from the fixture's run, finds the shortest way to a state in
/// <see cref="ProposalLifecycle.Table"/> and makes each move as the party the table names. The clock's move (an expiry)
/// is the fake clock moved past the deadline and a read.
/// </summary>
public sealed class ProposalSteps(ProposalServerFixture server)
{
    public static readonly Date SupportStartsOn = new() { Year = 2026, Month = 11, Day = 1 };
    public static readonly Date MoveDate = new() { Year = 2026, Month = 11, Day = 15 };

    /// <summary>A reason code both sides may give, so a decline is refused only by the lifecycle, never by the reason.</summary>
    public const string SharedReason = "other";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public V1.ProposalService.ProposalServiceClient As(Party party) => server.As(party).Proposal;

    public async Task<V1.Proposal> CreateAsync(MatchedPair pair, bool confirmSupport = true)
    {
        await EndOpenProposalsAsync(pair);
        var draft = await DraftAsync(pair);
        return confirmSupport ? await ConfirmSupportAsync(pair, draft, ProposalServerFixture.TeamEverywhere, SupportStartsOn) : draft;
    }

    /// <summary>
    /// One more draft of the pair, beside whatever the pair has (a draft holds nothing). The tests of a class share their
    /// pairs, so one that an earlier test declined is first let back in by its desk, as a desk would with a justification.
    /// </summary>
    public async Task<V1.Proposal> DraftAsync(MatchedPair pair)
    {
        try
        {
            await As(pair.Desk).OverrideExclusionAsync(new V1.OverrideExclusionRequest
            {
                Parent = $"regions/{SeedData.RegionId}", Client = pair.Client, Unit = pair.Unit, Justification = "Opnieuw voorstellen voor de volgende test.",
            }, cancellationToken: Ct);
        }
        catch (global::Grpc.Core.RpcException e) when (e.StatusCode == global::Grpc.Core.StatusCode.FailedPrecondition)
        {
            // Not excluded: nothing to let back in.
        }
        return await As(pair.Desk).CreateProposalAsync(new V1.CreateProposalRequest
        {
            Parent = $"regions/{SeedData.RegionId}", MatchRun = server.RunName, Client = pair.Client,
        }, cancellationToken: Ct);
    }

    public Task<V1.Proposal> ConfirmSupportAsync(MatchedPair pair, V1.Proposal proposal, string teamId, Date startsOn, Party? party = null) =>
        As(party ?? pair.Desk).ConfirmSupportAsync(new V1.ConfirmSupportRequest
        {
            Name = proposal.Name, CareTeam = ProposalServerFixture.CareTeamName(teamId), StartsOn = startsOn, Etag = proposal.Etag,
        }, cancellationToken: Ct).ResponseAsync;

    /// <summary>A new draft of the pair moved to <paramref name="target"/> by the shortest way the table allows.</summary>
    public async Task<V1.Proposal> DriveAsync(MatchedPair pair, ProposalState target, bool confirmSupport = true)
    {
        var proposal = await CreateAsync(pair, confirmSupport);
        foreach (var move in PathTo(target))
        {
            proposal = await MoveAsync(pair, proposal, move.Action, PartyFor(pair, move.Actor));
            Assert.Equal(move.To.ToString(), proposal.State.ToString());
        }
        return await GetAsync(pair.Desk, proposal);
    }

    public static Party PartyFor(MatchedPair pair, ProposalActor actor) => actor == ProposalActor.Corporation ? pair.Corporation : pair.Desk;

    /// <summary>One move as <paramref name="party"/>, with the etag read; an expiry is the clock passing the deadline.</summary>
    public async Task<V1.Proposal> MoveAsync(MatchedPair pair, V1.Proposal proposal, ProposalAction action, Party party)
    {
        var client = As(party);
        return action switch
        {
            ProposalAction.Propose => await client.ProposeProposalAsync(new V1.ProposeProposalRequest { Name = proposal.Name, Etag = proposal.Etag }, cancellationToken: Ct),
            ProposalAction.Accept => await client.AcceptProposalAsync(new V1.AcceptProposalRequest { Name = proposal.Name, Etag = proposal.Etag }, cancellationToken: Ct),
            ProposalAction.Offer => await client.OfferProposalAsync(new V1.OfferProposalRequest { Name = proposal.Name, Etag = proposal.Etag }, cancellationToken: Ct),
            ProposalAction.Withdraw => await client.WithdrawProposalAsync(new V1.WithdrawProposalRequest { Name = proposal.Name, Etag = proposal.Etag }, cancellationToken: Ct),
            ProposalAction.Decline => await client.DeclineProposalAsync(new V1.DeclineProposalRequest
            {
                Name = proposal.Name, ReasonCode = SharedReason, ReasonText = $"declined by {party}", Etag = proposal.Etag,
            }, cancellationToken: Ct),
            ProposalAction.Sign => await client.SignProposalAsync(new V1.SignProposalRequest { Name = proposal.Name, MoveDate = MoveDate, Etag = proposal.Etag }, cancellationToken: Ct),
            ProposalAction.Expire => await ExpireAsync(pair, proposal),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, "not a move"),
        };
    }

    public async Task<V1.Proposal> GetAsync(Party party, V1.Proposal proposal) =>
        await As(party).GetProposalAsync(new V1.GetProposalRequest { Name = proposal.Name }, cancellationToken: Ct);

    /// <summary>Withdraws the proposal if it can still move, so its client and unit are free for the next case.</summary>
    public async Task EndAsync(MatchedPair pair, V1.Proposal proposal)
    {
        var current = await GetAsync(pair.Desk, proposal);
        if (!Enum.Parse<ProposalState>(current.State.ToString()).IsFinal())
        {
            await MoveAsync(pair, current, ProposalAction.Withdraw, pair.Desk);
        }
    }

    /// <summary>Withdraws whatever a case before (one that failed half-way, say) left open for the pair's client.</summary>
    public async Task EndOpenProposalsAsync(MatchedPair pair)
    {
        var listed = await As(pair.Desk).ListProposalsAsync(
            new V1.ListProposalsRequest { Parent = $"regions/{SeedData.RegionId}", Client = pair.Client, PageSize = 500 }, cancellationToken: Ct);
        foreach (var proposal in listed.Proposals)
        {
            await EndAsync(pair, proposal);
        }
    }

    /// <summary>The proposal's audit lines, oldest first, read straight from the database.</summary>
    public async Task<IReadOnlyList<AuditEntry>> AuditAsync(V1.Proposal proposal) =>
        (await server.Store.AuditTrail.ListAuditEntriesAsync(SeedData.RegionId, new AuditQuery(ProposalId: proposal.Name.Split('/')[^1]), PageRequest.First(500), Ct)).Items;

    /// <summary>The shortest list of moves from a draft to <paramref name="target"/>, by breadth-first search over the table.</summary>
    public static IReadOnlyList<ProposalLifecycle.Transition> PathTo(ProposalState target)
    {
        var paths = new Dictionary<ProposalState, List<ProposalLifecycle.Transition>> { [ProposalState.Draft] = [] };
        var queue = new Queue<ProposalState>([ProposalState.Draft]);
        while (queue.TryDequeue(out var state))
        {
            foreach (var move in ProposalLifecycle.Allowed(state).Where(m => !paths.ContainsKey(m.To)))
            {
                paths[move.To] = [.. paths[state], move];
                queue.Enqueue(move.To);
            }
        }
        return paths[target];
    }

    private async Task<V1.Proposal> ExpireAsync(MatchedPair pair, V1.Proposal proposal)
    {
        var deadline = proposal.RespondBy.ToDateTimeOffset();
        server.Clock.Advance(deadline - server.Clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        return await GetAsync(pair.Desk, proposal);
    }
}
