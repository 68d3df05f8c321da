using BeschermdThuis.Matching.Api.Auth;
using BeschermdThuis.Matching.Api.Mapping;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Application.Proposals;
using BeschermdThuis.Matching.Domain.Proposals;
using Grpc.Core;

namespace BeschermdThuis.Matching.Api.Grpc;

/// <summary>
/// Thin adapter over <see cref="ProposalApplicationService"/>: every request is read whole first (all wrong fields at
/// once, nothing read or changed), then one application call, whose refusals the <see cref="ErrorInterceptor"/> maps.
/// </summary>
public sealed class ProposalGrpcService(
    ProposalApplicationService proposals, ProposalWatch watch, AuditApplicationService audit, MatchingOptions options)
    : V1.ProposalService.ProposalServiceBase
{
    public override Task<V1.ListAuditEntriesResponse> ListAuditEntries(V1.ListAuditEntriesRequest request, ServerCallContext context) =>
        AuditListing.ListAsync(audit, context.GetParty(), request, context.CancellationToken);

    public override async Task WatchProposals(V1.WatchProposalsRequest request, IServerStreamWriter<V1.ProposalEvent> responseStream, ServerCallContext context)
    {
        var party = context.GetParty();
        var (regionId, after) = ProposalMapping.ToWatch(request);
        var start = await watch.StartAsync(party, regionId, after, context.CancellationToken);
        // The headers tell the watcher that its watch has started: every move from now on reaches it.
        await context.WriteResponseHeadersAsync([]);
        await foreach (var change in watch.WatchAsync(party, regionId, start, context.CancellationToken))
        {
            await responseStream.WriteAsync(ProposalMapping.ToProto(change), context.CancellationToken);
        }
    }

    public override async Task<V1.Proposal> CreateProposal(V1.CreateProposalRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var create = ProposalMapping.ToCreate(request);
        return ProposalMapping.ToProto(await proposals.CreateProposalAsync(
            party, create.RegionId, create.RunId, create.Municipality, create.Client, context.CancellationToken));
    }

    public override async Task<V1.Proposal> GetProposal(V1.GetProposalRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var (regionId, proposalId) = ProposalMapping.ParseName(request.Name, "name");
        return ProposalMapping.ToProto(await proposals.GetProposalAsync(party, regionId, proposalId, context.CancellationToken));
    }

    public override async Task<V1.ListProposalsResponse> ListProposals(V1.ListProposalsRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var (regionId, filter, scope) = ProposalMapping.ToFilter(request);
        var page = PageTokens.Request(request.PageSize, request.PageToken, scope);
        var found = await proposals.ListProposalsAsync(party, regionId, filter, page, context.CancellationToken);
        var response = new V1.ListProposalsResponse { NextPageToken = PageTokens.Next(found, scope) };
        response.Proposals.AddRange(found.Items.Select(ProposalMapping.ToProto));
        return response;
    }

    public override Task<V1.Proposal> ProposeProposal(V1.ProposeProposalRequest request, ServerCallContext context) =>
        ActAsync(request.Name, request.Etag, ProposalAction.Propose, context);

    public override Task<V1.Proposal> AcceptProposal(V1.AcceptProposalRequest request, ServerCallContext context) =>
        ActAsync(request.Name, request.Etag, ProposalAction.Accept, context);

    public override Task<V1.Proposal> OfferProposal(V1.OfferProposalRequest request, ServerCallContext context) =>
        ActAsync(request.Name, request.Etag, ProposalAction.Offer, context);

    public override Task<V1.Proposal> WithdrawProposal(V1.WithdrawProposalRequest request, ServerCallContext context) =>
        ActAsync(request.Name, request.Etag, ProposalAction.Withdraw, context);

    public override async Task<V1.Proposal> DeclineProposal(V1.DeclineProposalRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var decline = ProposalMapping.ToDecline(request);
        return ProposalMapping.ToProto(await proposals.DeclineAsync(
            party, decline.RegionId, decline.ProposalId, decline.ReasonCode, decline.ReasonText, EtagOf(request.Etag), context.CancellationToken));
    }

    public override async Task<V1.Proposal> ConfirmSupport(V1.ConfirmSupportRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var support = ProposalMapping.ToSupport(request);
        return ProposalMapping.ToProto(await proposals.ConfirmSupportAsync(
            party, support.RegionId, support.ProposalId, support.CareTeamId, support.StartsOn, EtagOf(request.Etag), context.CancellationToken));
    }

    public override async Task<V1.Proposal> SignProposal(V1.SignProposalRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var sign = ProposalMapping.ToSign(request);
        return ProposalMapping.ToProto(await proposals.SignAsync(
            party, sign.RegionId, sign.ProposalId, sign.MoveDate, EtagOf(request.Etag), context.CancellationToken));
    }

    public override async Task<V1.PairOverride> OverrideExclusion(V1.OverrideExclusionRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var o = ProposalMapping.ToOverride(request);
        return ProposalMapping.ToProto(await proposals.OverrideExclusionAsync(
            party, o.RegionId, o.Municipality, o.Client, o.CorporationId, o.UnitId, o.Justification, context.CancellationToken));
    }

    /// <summary>The reasons are configuration, not anyone's data: every party of the region may read them.</summary>
    public override Task<V1.ListDeclineReasonsResponse> ListDeclineReasons(V1.ListDeclineReasonsRequest request, ServerCallContext context)
    {
        context.GetParty();
        var regionId = ResourceNames.ParseRegion(request.Parent, "parent");
        if (regionId != options.RegionId)
        {
            throw new NotFoundException(ResourceNames.Region(regionId));
        }
        return Task.FromResult(ProposalMapping.ToProto(proposals.Policy));
    }

    private async Task<V1.Proposal> ActAsync(string name, string etag, ProposalAction action, ServerCallContext context)
    {
        var party = context.GetParty();
        var (regionId, proposalId) = ProposalMapping.ParseName(name, "name");
        return ProposalMapping.ToProto(await proposals.ActAsync(party, regionId, proposalId, action, EtagOf(etag), context.CancellationToken));
    }

    private static string? EtagOf(string etag) => string.IsNullOrEmpty(etag) ? null : etag;
}
