using BeschermdThuis.Matching.Api.Auth;
using BeschermdThuis.Matching.Api.Mapping;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Application.Batches;
using BeschermdThuis.Matching.Domain.Common;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace BeschermdThuis.Matching.Api.Grpc;

/// <summary>The batch calls on units (AIP-233/234/235); each item is mapped exactly as its single call maps it.</summary>
public sealed partial class StockGrpcService
{
    private static readonly BatchFields CreateFields = new("unit", "unit_id");
    private static readonly BatchFields UpdateFields = new("unit", "unit.name");
    private static readonly BatchFields DeleteFields = new("", "");

    public override async Task<V1.BatchCreateUnitsResponse> BatchCreateUnits(V1.BatchCreateUnitsRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var corporationId = ResourceNames.ParseCorporation(request.Parent, "parent");
        BatchItems.EnsureSize(request.Requests.Count, "requests");
        var items = request.Requests.Select(r => (Func<UnitToCreate>)(() => ToCreate(request.Parent, r))).ToList();
        var units = await BatchErrors.Named(BatchErrors.Request, () => stock.BatchCreateUnitsAsync(party, corporationId, items, CreateFields, false, context.CancellationToken));
        var response = new V1.BatchCreateUnitsResponse();
        response.Units.AddRange(units.Select(ToProto));
        return response;
    }

    public override async Task<V1.BatchUpdateUnitsResponse> BatchUpdateUnits(V1.BatchUpdateUnitsRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var corporationId = ResourceNames.ParseCorporation(request.Parent, "parent");
        BatchItems.EnsureSize(request.Requests.Count, "requests");
        var items = request.Requests.Select(r => (Func<UnitChange>)(() => ToChange(corporationId, r))).ToList();
        var units = await BatchErrors.Named(BatchErrors.Request, () => stock.BatchUpdateUnitsAsync(party, corporationId, items, UpdateFields, context.CancellationToken));
        var response = new V1.BatchUpdateUnitsResponse();
        response.Units.AddRange(units.Select(ToProto));
        return response;
    }

    public override async Task<Empty> BatchDeleteUnits(V1.BatchDeleteUnitsRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var corporationId = ResourceNames.ParseCorporation(request.Parent, "parent");
        BatchItems.EnsureSize(request.Names.Count, "names");
        var unitIds = BatchErrors.NamedSync(BatchErrors.Name, () => BatchItems.CheckAll(request.Names.Count, i => UnitOf(corporationId, request.Names[i], "")));
        await BatchErrors.Named(BatchErrors.Name, () => stock.BatchDeleteUnitsAsync(party, corporationId, unitIds, DeleteFields, context.CancellationToken));
        return new Empty();
    }

    private static UnitToCreate ToCreate(string batchParent, V1.CreateUnitRequest request)
    {
        var check = new ViolationCollector();
        check.Try(() =>
        {
            BatchErrors.EnsureSameParent(batchParent, request.Parent);
            return true;
        }, false);
        var unitId = check.Try(() => ResourceNames.ParseId(request.UnitId, "unit_id"), string.Empty);
        if (request.Unit is null)
        {
            check.Add("unit", "is required");
        }
        var draft = request.Unit is null ? null : check.Try(() => BatchErrors.Under("unit", () => UnitMapping.ToDraft(request.Unit)), null);
        check.ThrowIfAny();
        return new UnitToCreate(unitId, draft!);
    }

    private static UnitChange ToChange(string corporationId, V1.UpdateUnitRequest request)
    {
        var message = request.Unit ?? throw new DomainValidationException("unit", "is required");
        var check = new ViolationCollector();
        var unitId = check.Try(() => UnitOf(corporationId, message.Name, "unit.name"), string.Empty);
        var paths = check.Try(() => FieldMasks.Paths(request.UpdateMask, UnitMapping.UpdatablePaths), null);
        check.ThrowIfAny();
        return new UnitChange(unitId, message.Etag, current => UnitMapping.Apply(current, message, paths!));
    }

    /// <summary>The id of a unit named in a batch; it must be a unit of the batch's corporation.</summary>
    private static string UnitOf(string corporationId, string name, string field)
    {
        var (corporation, unitId) = ResourceNames.ParseUnit(name, field);
        return corporation == corporationId
            ? unitId
            : throw new DomainValidationException(field, $"must be a unit of {ResourceNames.Corporation(corporationId)}, the batch's parent");
    }
}
