using BeschermdThuis.Matching.Api.Auth;
using BeschermdThuis.Matching.Api.Mapping;
using BeschermdThuis.Matching.Application;
using Grpc.Core;

namespace BeschermdThuis.Matching.Api.Grpc;

/// <summary>The region's settings and its corporations (issue 12): what an administrator needs to start a real region.</summary>
public sealed partial class RegionGrpcService
{
    public override async Task<V1.RegionSettings> GetRegionSettings(V1.GetRegionSettingsRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var regionId = ResourceNames.ParseRegionSettings(request.Name, "name");
        return RegionMapping.ToProto(regionId, await regions.GetSettingsAsync(party, regionId, context.CancellationToken));
    }

    public override async Task<V1.RegionSettings> UpdateRegionSettings(V1.UpdateRegionSettingsRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var message = request.Settings ?? throw Required("settings");
        var regionId = ResourceNames.ParseRegionSettings(message.Name, "settings.name");
        var paths = FieldMasks.Paths(request.UpdateMask, RegionMapping.SettingsUpdatablePaths);
        var settings = await FieldPaths.Under("settings", () => regions.UpdateSettingsAsync(
            party, regionId, message.Etag, current => RegionMapping.Apply(current, message, paths), context.CancellationToken));
        return RegionMapping.ToProto(regionId, settings);
    }

    public override async Task<V1.HousingCorporation> GetHousingCorporation(V1.GetHousingCorporationRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var (regionId, corporationId) = ResourceNames.ParseRegionCorporation(request.Name, "name");
        return CorporationMapping.ToProto(regionId, await corporations.GetCorporationAsync(party, regionId, corporationId, context.CancellationToken));
    }

    public override async Task<V1.ListHousingCorporationsResponse> ListHousingCorporations(
        V1.ListHousingCorporationsRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var regionId = ResourceNames.ParseRegion(request.Parent, "parent");
        var page = PageTokens.Request(request.PageSize, request.PageToken, request.Parent);
        var found = await corporations.ListCorporationsAsync(party, regionId, page, context.CancellationToken);
        var response = new V1.ListHousingCorporationsResponse { NextPageToken = PageTokens.Next(found, request.Parent) };
        response.Corporations.AddRange(found.Items.Select(c => CorporationMapping.ToProto(regionId, c)));
        return response;
    }

    public override async Task<V1.HousingCorporation> CreateHousingCorporation(V1.CreateHousingCorporationRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var regionId = ResourceNames.ParseRegion(request.Parent, "parent");
        var corporationId = ResourceNames.ParseId(request.CorporationId, "corporation_id");
        var message = request.Corporation ?? throw Required("corporation");
        var corporation = await FieldPaths.Under("corporation", () => corporations.CreateCorporationAsync(
            party, regionId, () => CorporationMapping.ToCorporation(corporationId, message), context.CancellationToken));
        return CorporationMapping.ToProto(regionId, corporation);
    }

    public override async Task<V1.HousingCorporation> UpdateHousingCorporation(V1.UpdateHousingCorporationRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var message = request.Corporation ?? throw Required("corporation");
        var (regionId, corporationId) = ResourceNames.ParseRegionCorporation(message.Name, "corporation.name");
        var paths = FieldMasks.Paths(request.UpdateMask, CorporationMapping.UpdatablePaths);
        var corporation = await FieldPaths.Under("corporation", () => corporations.UpdateCorporationAsync(
            party, regionId, corporationId, message.Etag, current => CorporationMapping.Apply(current, message, paths), context.CancellationToken));
        return CorporationMapping.ToProto(regionId, corporation);
    }
}
