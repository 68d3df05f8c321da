using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using BeschermdThuis.Matching.Domain.Audit;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Domain.Repositories;
using Grpc.Core;
using static BeschermdThuis.Matching.Api.Tests.Infrastructure.SeedData;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>
/// Issue 11 item 6, no double allocation, through gRPC: 32 drafts of different clients for the same unit proposed at
/// once give exactly one proposal for the unit, whatever the interleaving (the database's unique index decides), and 32
/// accepts of one proposal with the same etag give exactly one acceptance; 20 rounds each, fresh data every round.
/// The drafts are stored directly (a match run gives a unit to one client only); every racing call goes through gRPC.
/// </summary>
public sealed class ProposalConcurrencyTests(ApiServerFixture server) : IClassFixture<ApiServerFixture>
{
    private const int Rounds = 20;
    private const int Calls = 32;

    private static readonly HashSet<StatusCode> Refused = [StatusCode.FailedPrecondition, StatusCode.Aborted];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private V1.ProposalService.ProposalServiceClient Desk => server.As(NijmegenDesk).Proposal;

    private V1.ProposalService.ProposalServiceClient Corporation => server.As(CorporationAParty).Proposal;

    [Fact]
    public async Task ProposeProposal_32DraftsForOneUnitAtOnce_ExactlyOneIsProposed_20RoundsInARow()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var unitId = $"race-unit-{round}";
            var drafts = new List<string>();
            for (var i = 0; i < Calls; i++)
            {
                drafts.Add(await StoreDraftAsync($"race-{round}-client-{i}", unitId));
            }

            var outcomes = await Task.WhenAll(drafts.Select(name => OutcomeAsync(() => Desk.ProposeProposalAsync(
                new V1.ProposeProposalRequest { Name = name }, cancellationToken: Ct).ResponseAsync)));

            var winner = Assert.Single(outcomes, o => o.Status == StatusCode.OK);
            Assert.All(outcomes.Where(o => o.Status != StatusCode.OK), o => Assert.Contains(o.Status, Refused));
            var active = (await server.Store.Proposals.ListProposalsInStatesAsync(RegionId, ProposalStates.Active, Ct)).Where(p => p.UnitId == unitId);
            Assert.Equal(winner.Proposal!.Name.Split('/')[^1], Assert.Single(active).Id);
        }
    }

    [Fact]
    public async Task AcceptProposal_32AcceptsOfOneProposalWithTheSameEtag_ExactlyOneIsAccepted_20RoundsInARow()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var name = await StoreDraftAsync($"accept-{round}-client", $"accept-unit-{round}");
            var proposed = await Desk.ProposeProposalAsync(new V1.ProposeProposalRequest { Name = name }, cancellationToken: Ct);

            var outcomes = await Task.WhenAll(Enumerable.Range(0, Calls).Select(_ => OutcomeAsync(() => Corporation.AcceptProposalAsync(
                new V1.AcceptProposalRequest { Name = name, Etag = proposed.Etag }, cancellationToken: Ct).ResponseAsync)));

            var winner = Assert.Single(outcomes, o => o.Status == StatusCode.OK);
            Assert.All(outcomes.Where(o => o.Status != StatusCode.OK), o => Assert.Contains(o.Status, Refused));
            var stored = (await server.Store.Proposals.GetProposalAsync(RegionId, name.Split('/')[^1], Ct))!;
            Assert.Equal((ProposalState.AcceptedByCorporation, winner.Proposal!.Etag), (stored.Value.State, Application.ETags.Of(stored.Version)));
            var lines = (await server.Store.AuditTrail.ListAuditEntriesAsync(RegionId, new AuditQuery(ProposalId: stored.Value.Id), PageRequest.First(100), Ct)).Items;
            Assert.Single(lines, l => l.Action == nameof(ProposalAction.Accept));
        }
    }

    private async Task<string> StoreDraftAsync(string client, string unitId)
    {
        var now = DateTimeOffset.UtcNow;
        var draft = Proposal.Draft(RegionId, "race-run", Nijmegen, new ClientReference(client), CorporationA, unitId, Stadscentrum, now);
        await server.Store.Proposals.CreateProposalAsync(draft,
            new AuditEntry(0, RegionId, now, "test-setup", AuditSubjectKind.Proposal, draft.Id, "Create", null, nameof(ProposalState.Draft), null, null, CorporationA, unitId), Ct);
        return $"regions/{RegionId}/proposals/{draft.Id}";
    }

    private static async Task<(StatusCode Status, V1.Proposal? Proposal)> OutcomeAsync(Func<Task<V1.Proposal>> call)
    {
        try
        {
            return (StatusCode.OK, await call());
        }
        catch (RpcException e)
        {
            return (e.StatusCode, null);
        }
    }
}
