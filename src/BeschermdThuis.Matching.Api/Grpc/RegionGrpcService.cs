using BeschermdThuis.Matching.Api.Auth;
using BeschermdThuis.Matching.Api.Mapping;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Domain.Common;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace BeschermdThuis.Matching.Api.Grpc;

/// <summary>Thin adapter: message to domain, one application call, domain to message.</summary>
public sealed partial class RegionGrpcService(
    RegionApplicationService regions, CareTeamApplicationService careTeams, AgreementApplicationService agreements,
    CorporationApplicationService corporations)
    : V1.RegionService.RegionServiceBase
{
    public override async Task<V1.Region> GetRegion(V1.GetRegionRequest request, ServerCallContext context)
    {
        context.GetParty();
        var regionId = ResourceNames.ParseRegion(request.Name, "name");
        return RegionMapping.ToProto(await regions.GetRegionAsync(regionId, context.CancellationToken));
    }

    public override async Task<V1.Neighbourhood> GetNeighbourhood(V1.GetNeighbourhoodRequest request, ServerCallContext context)
    {
        context.GetParty();
        var (regionId, code) = ResourceNames.ParseNeighbourhood(request.Name, "name");
        var (neighbourhood, regionDefault) = await regions.GetNeighbourhoodAsync(regionId, code, context.CancellationToken);
        return RegionMapping.ToProto(regionId, neighbourhood, regionDefault);
    }

    public override async Task<V1.ListNeighbourhoodsResponse> ListNeighbourhoods(V1.ListNeighbourhoodsRequest request, ServerCallContext context)
    {
        context.GetParty();
        var regionId = ResourceNames.ParseRegion(request.Parent, "parent");
        var page = PageTokens.Request(request.PageSize, request.PageToken, request.Parent);
        var (found, regionDefault) = await regions.ListNeighbourhoodsAsync(regionId, page, context.CancellationToken);
        var response = new V1.ListNeighbourhoodsResponse { NextPageToken = PageTokens.Next(found, request.Parent) };
        response.Neighbourhoods.AddRange(found.Items.Select(n => RegionMapping.ToProto(regionId, n, regionDefault)));
        return response;
    }

    public override async Task<V1.Neighbourhood> UpdateNeighbourhood(V1.UpdateNeighbourhoodRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var message = request.Neighbourhood ?? throw Required("neighbourhood");
        var (regionId, code) = ResourceNames.ParseNeighbourhood(message.Name, "neighbourhood.name");
        var paths = FieldMasks.Paths(request.UpdateMask, RegionMapping.NeighbourhoodUpdatablePaths);
        var (neighbourhood, regionDefault) = await FieldPaths.Under("neighbourhood", () => regions.UpdateNeighbourhoodAsync(
            party, regionId, code, message.Etag, current => RegionMapping.Apply(current, message, paths), context.CancellationToken));
        return RegionMapping.ToProto(regionId, neighbourhood, regionDefault);
    }

    public override async Task<V1.CareTeam> GetCareTeam(V1.GetCareTeamRequest request, ServerCallContext context)
    {
        context.GetParty();
        var (regionId, teamId) = ResourceNames.ParseCareTeam(request.Name, "name");
        return CareTeamMapping.ToProto(regionId, await careTeams.GetCareTeamAsync(regionId, teamId, context.CancellationToken));
    }

    public override async Task<V1.ListCareTeamsResponse> ListCareTeams(V1.ListCareTeamsRequest request, ServerCallContext context)
    {
        context.GetParty();
        var regionId = ResourceNames.ParseRegion(request.Parent, "parent");
        var page = PageTokens.Request(request.PageSize, request.PageToken, request.Parent);
        var found = await careTeams.ListCareTeamsAsync(regionId, page, context.CancellationToken);
        var response = new V1.ListCareTeamsResponse { NextPageToken = PageTokens.Next(found, request.Parent) };
        response.CareTeams.AddRange(found.Items.Select(t => CareTeamMapping.ToProto(regionId, t)));
        return response;
    }

    public override async Task<V1.CareTeam> CreateCareTeam(V1.CreateCareTeamRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var regionId = ResourceNames.ParseRegion(request.Parent, "parent");
        var teamId = ResourceNames.ParseId(request.CareTeamId, "care_team_id");
        var message = request.CareTeam ?? throw Required("care_team");
        var team = await FieldPaths.Under("care_team", () => careTeams.CreateCareTeamAsync(
            party, regionId, () => CareTeamMapping.ToCareTeam(teamId, message), context.CancellationToken));
        return CareTeamMapping.ToProto(regionId, team);
    }

    public override async Task<V1.CareTeam> UpdateCareTeam(V1.UpdateCareTeamRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var message = request.CareTeam ?? throw Required("care_team");
        var (regionId, teamId) = ResourceNames.ParseCareTeam(message.Name, "care_team.name");
        var paths = FieldMasks.Paths(request.UpdateMask, CareTeamMapping.UpdatablePaths);
        var team = await FieldPaths.Under("care_team", () => careTeams.UpdateCareTeamAsync(
            party, regionId, teamId, message.Etag, current => CareTeamMapping.Apply(current, message, paths), context.CancellationToken));
        return CareTeamMapping.ToProto(regionId, team);
    }

    public override async Task<Empty> DeleteCareTeam(V1.DeleteCareTeamRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var (regionId, teamId) = ResourceNames.ParseCareTeam(request.Name, "name");
        await careTeams.DeleteCareTeamAsync(party, regionId, teamId, context.CancellationToken);
        return new Empty();
    }

    public override async Task<V1.PerformanceAgreement> GetPerformanceAgreement(V1.GetPerformanceAgreementRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var (regionId, agreementId) = ResourceNames.ParseAgreement(request.Name, "name");
        return AgreementMapping.ToProto(regionId, await agreements.GetAgreementAsync(party, regionId, agreementId, context.CancellationToken));
    }

    public override async Task<V1.ListPerformanceAgreementsResponse> ListPerformanceAgreements(
        V1.ListPerformanceAgreementsRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var regionId = ResourceNames.ParseRegion(request.Parent, "parent");
        var page = PageTokens.Request(request.PageSize, request.PageToken, request.Parent);
        var found = await agreements.ListAgreementsAsync(party, regionId, page, context.CancellationToken);
        var response = new V1.ListPerformanceAgreementsResponse { NextPageToken = PageTokens.Next(found, request.Parent) };
        response.PerformanceAgreements.AddRange(found.Items.Select(a => AgreementMapping.ToProto(regionId, a)));
        return response;
    }

    public override async Task<V1.PerformanceAgreement> CreatePerformanceAgreement(
        V1.CreatePerformanceAgreementRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var regionId = ResourceNames.ParseRegion(request.Parent, "parent");
        var agreementId = ResourceNames.ParseId(request.PerformanceAgreementId, "performance_agreement_id");
        var message = request.PerformanceAgreement ?? throw Required("performance_agreement");
        var agreement = await FieldPaths.Under("performance_agreement", () => agreements.CreateAgreementAsync(
            party, regionId, () => AgreementMapping.ToAgreement(agreementId, message), context.CancellationToken));
        return AgreementMapping.ToProto(regionId, agreement);
    }

    public override async Task<V1.PerformanceAgreement> UpdatePerformanceAgreement(
        V1.UpdatePerformanceAgreementRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var message = request.PerformanceAgreement ?? throw Required("performance_agreement");
        var (regionId, agreementId) = ResourceNames.ParseAgreement(message.Name, "performance_agreement.name");
        var paths = FieldMasks.Paths(request.UpdateMask, AgreementMapping.UpdatablePaths);
        var agreement = await FieldPaths.Under("performance_agreement", () => agreements.UpdateAgreementAsync(
            party, regionId, agreementId, message.Etag, current => AgreementMapping.Apply(current, message, paths), context.CancellationToken));
        return AgreementMapping.ToProto(regionId, agreement);
    }

    public override async Task<Empty> DeletePerformanceAgreement(V1.DeletePerformanceAgreementRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var (regionId, agreementId) = ResourceNames.ParseAgreement(request.Name, "name");
        await agreements.DeleteAgreementAsync(party, regionId, agreementId, context.CancellationToken);
        return new Empty();
    }

    public override async Task<V1.RegionLoad> GetRegionLoad(V1.GetRegionLoadRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var regionId = ResourceNames.ParseRegionLoad(request.Name, "name");
        return RegionMapping.ToProto(await regions.GetRegionLoadAsync(party, regionId, context.CancellationToken));
    }

    private static DomainValidationException Required(string field) => new(field, "is required");
}
