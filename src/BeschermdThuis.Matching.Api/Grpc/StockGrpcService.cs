using BeschermdThuis.Matching.Api.Auth;
using BeschermdThuis.Matching.Api.Mapping;
using BeschermdThuis.Matching.Application;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace BeschermdThuis.Matching.Api.Grpc;

/// <summary>Thin adapter: message to domain, one application call, domain to message.</summary>
public sealed partial class StockGrpcService(StockApplicationService stock, MatchingOptions options) : V1.StockService.StockServiceBase
{
    private const string CorporationsParent = "corporations";

    public override async Task<V1.Corporation> GetCorporation(V1.GetCorporationRequest request, ServerCallContext context)
    {
        context.GetParty();
        var corporationId = ResourceNames.ParseCorporation(request.Name, "name");
        return UnitMapping.ToProto(await stock.GetCorporationAsync(corporationId, context.CancellationToken));
    }

    public override async Task<V1.ListCorporationsResponse> ListCorporations(V1.ListCorporationsRequest request, ServerCallContext context)
    {
        context.GetParty();
        var page = PageTokens.Request(request.PageSize, request.PageToken, CorporationsParent);
        var found = await stock.ListCorporationsAsync(page, context.CancellationToken);
        var response = new V1.ListCorporationsResponse { NextPageToken = PageTokens.Next(found, CorporationsParent) };
        response.Corporations.AddRange(found.Items.Select(UnitMapping.ToProto));
        return response;
    }

    public override async Task<V1.Unit> GetUnit(V1.GetUnitRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var (corporationId, unitId) = ResourceNames.ParseUnit(request.Name, "name");
        return ToProto(await stock.GetUnitAsync(party, corporationId, unitId, context.CancellationToken));
    }

    public override async Task<V1.ListUnitsResponse> ListUnits(V1.ListUnitsRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var corporationId = ResourceNames.ParseCorporation(request.Parent, "parent");
        var page = PageTokens.Request(request.PageSize, request.PageToken, request.Parent);
        var found = await stock.ListUnitsAsync(party, corporationId, page, context.CancellationToken);
        var response = new V1.ListUnitsResponse { NextPageToken = PageTokens.Next(found, request.Parent) };
        response.Units.AddRange(found.Items.Select(ToProto));
        return response;
    }

    public override async Task<V1.Unit> CreateUnit(V1.CreateUnitRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var corporationId = ResourceNames.ParseCorporation(request.Parent, "parent");
        var unitId = ResourceNames.ParseId(request.UnitId, "unit_id");
        var message = request.Unit ?? throw Required("unit");
        var unit = await FieldPaths.Under("unit", () =>
            stock.CreateUnitAsync(party, corporationId, unitId, () => UnitMapping.ToDraft(message), context.CancellationToken));
        return ToProto(unit);
    }

    public override async Task<V1.Unit> UpdateUnit(V1.UpdateUnitRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var message = request.Unit ?? throw Required("unit");
        var (corporationId, unitId) = ResourceNames.ParseUnit(message.Name, "unit.name");
        var paths = FieldMasks.Paths(request.UpdateMask, UnitMapping.UpdatablePaths);
        var unit = await FieldPaths.Under("unit", () =>
            stock.UpdateUnitAsync(party, corporationId, unitId, message.Etag, current => UnitMapping.Apply(current, message, paths), context.CancellationToken));
        return ToProto(unit);
    }

    public override async Task<Empty> DeleteUnit(V1.DeleteUnitRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var (corporationId, unitId) = ResourceNames.ParseUnit(request.Name, "name");
        await stock.DeleteUnitAsync(party, corporationId, unitId, context.CancellationToken);
        return new Empty();
    }

    private V1.Unit ToProto(Domain.Repositories.Versioned<Domain.Stock.HousingUnit> unit) => UnitMapping.ToProto(unit, options.RegionId);

    private static Domain.Common.DomainValidationException Required(string field) => new(field, "is required");
}
