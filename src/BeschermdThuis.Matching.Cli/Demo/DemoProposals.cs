using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Application.Matching;
using BeschermdThuis.Matching.Application.Proposals;
using BeschermdThuis.Matching.Cli.Commands;
using BeschermdThuis.Matching.Cli.Matching;
using BeschermdThuis.Matching.Cli.Proposals;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Cli.Demo;

/// <summary>
/// The end of <c>demo</c>: the demo match's pairs go through the proposal lifecycle and the region is matched again.
/// Every pair becomes a draft and is proposed; the first is accepted by its corporation, offered to and accepted by the
/// client, gets support confirmed and its tenancy signed; the second is accepted and offered; the third accepted; the
/// fourth declined by its corporation with a reason; the rest wait for their corporation. The re-match keeps the open
/// pairs (pinned), no longer has the signed client and unit, and does not propose the declined pair again.
/// </summary>
internal static class DemoProposals
{
    public const string DeclineReason = "neighbourhood-concerns";

    public const string DeclineText = "Er wonen in deze buurt al veel mensen met begeleiding; liever een andere buurt.";

    /// <summary>Runs the walkthrough on the region's latest match run, or returns null when the database holds proposals already.</summary>
    public static async Task<DemoProposalsSummary?> RunAsync(
        string databaseFile, string regionId, MatchRunRequest rematch, DateOnly referenceDate, CancellationToken ct)
    {
        await using var local = await LocalProposals.OpenAsync(databaseFile, regionId, ct);
        if ((await local.Database.Proposals.ListProposalsAsync(regionId, new ProposalFilter(), new PageRequest(1, null), ct)).Items.Count > 0)
        {
            return null;
        }
        var runId = await ProposalsCommand.RunIdAsync(local, "latest", ct);
        var first = StoredMatchRun.From((await local.Database.MatchRuns.GetMatchRunAsync(regionId, runId, ct))!);
        var walked = new List<DemoProposal>();
        foreach (var pair in first.Result.Pairs)
        {
            var (municipality, client) = ResourceNames.ParseClient(pair.Client, "pair");
            var desk = new Party(PartyKind.MunicipalDesk, municipality.Value);
            var draft = await local.Service.CreateProposalAsync(desk, regionId, runId, municipality, client, ct);
            var proposed = await local.Service.ActAsync(desk, regionId, draft.Proposal.Id, ProposalAction.Propose, draft.ETag, ct);
            walked.Add(await WalkAsync(local, walked.Count, pair, proposed.Proposal, referenceDate, ct));
        }
        var second = await LocalMatching.RunAsync(local.Database, rematch, null, ct);
        var states = (await ProposalsCommand.ListAsync(local, null, new ProposalFilter(), ct)).Select(v => v.Proposal.State).ToList();
        return new DemoProposalsSummary(first, second.Run, walked, states);
    }

    // The step of the walkthrough the pair at this position takes: see the class comment.
    private static async Task<DemoProposal> WalkAsync(
        LocalProposals local, int position, PairDocument pair, Proposal proposal, DateOnly referenceDate, CancellationToken ct)
    {
        var service = local.Service;
        var (region, id) = (proposal.RegionId, proposal.Id);
        var desk = ActingParty.Desk(proposal);
        var corporation = new Party(PartyKind.HousingCorporation, proposal.CorporationId);
        var path = new List<ProposalState> { ProposalState.Draft, proposal.State };
        async Task Step(Func<Task<ProposalView>> move) => path.Add((await move()).Proposal.State);

        if (position <= 2)
        {
            await Step(() => service.ActAsync(corporation, region, id, ProposalAction.Accept, null, ct));
        }
        if (position <= 1)
        {
            await Step(() => service.ActAsync(desk, region, id, ProposalAction.Offer, null, ct));
        }
        if (position == 0)
        {
            await Step(() => service.ActAsync(desk, region, id, ProposalAction.Accept, null, ct));
            var team = await SupportTeamAsync(local, pair, proposal, ct);
            await service.ConfirmSupportAsync(desk, region, id, team, referenceDate, null, ct);
            await Step(() => service.SignAsync(corporation, region, id, referenceDate.AddDays(14), null, ct));
        }
        if (position == 3)
        {
            await Step(() => service.DeclineAsync(corporation, region, id, DeclineReason, DeclineText, null, ct));
        }
        var final = (await service.GetProposalAsync(desk, region, id, ct)).Proposal;
        return new DemoProposal(pair.Client, pair.Unit, path, final);
    }

    // The team the match planned for the pair, else any team that works where the unit is.
    private static async Task<string> SupportTeamAsync(LocalProposals local, PairDocument pair, Proposal proposal, CancellationToken ct)
    {
        if (pair.CareTeam is { } planned)
        {
            return ResourceNames.ParseCareTeam(planned, "care_team").TeamId;
        }
        var unit = await local.Database.Stock.GetUnitAsync(proposal.CorporationId, proposal.UnitId, ct)
            ?? throw new FailedPreconditionException($"{ResourceNames.Unit(proposal.CorporationId, proposal.UnitId)} no longer exists");
        var teams = await local.Database.CareTeams.ListCareTeamsAsync(proposal.RegionId, ct);
        return teams.FirstOrDefault(t => t.ServiceArea.Covers(unit.Location, unit.Neighbourhood.Municipality))?.Id
            ?? throw new FailedPreconditionException($"no care team covers {ResourceNames.Unit(unit.CorporationId, unit.Id)}");
    }
}

/// <summary>One pair of the demo match on its way: the states it went through and the proposal as it ended.</summary>
internal sealed record DemoProposal(string Client, string Unit, IReadOnlyList<ProposalState> Path, Proposal Proposal);
