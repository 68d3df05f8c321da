using BeschermdThuis.Matching.Api.Auth;
using BeschermdThuis.Matching.Api.Mapping;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Application.Batches;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace BeschermdThuis.Matching.Api.Grpc;

/// <summary>The batch calls on clients (AIP-233/234/235); each item is mapped exactly as its single call maps it.</summary>
public sealed partial class ClientGrpcService
{
    private static readonly BatchFields CreateFields = new("client", "client_id");
    private static readonly BatchFields UpdateFields = new("client", "client.name");
    private static readonly BatchFields DeleteFields = new("", "");

    public override async Task<V1.BatchCreateClientsResponse> BatchCreateClients(V1.BatchCreateClientsRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var municipality = ResourceNames.ParseMunicipality(request.Parent, "parent");
        BatchItems.EnsureSize(request.Requests.Count, "requests");
        var items = request.Requests.Select(r => (Func<Client>)(() => ToClient(municipality, request.Parent, r))).ToList();
        var created = await BatchErrors.Named(BatchErrors.Request, () =>
            clients.BatchCreateClientsAsync(party, municipality, items, CreateFields, false, context.CancellationToken));
        var response = new V1.BatchCreateClientsResponse();
        response.Clients.AddRange(created.Select(v => ClientMapping.ToProto(v, options.RegionId)));
        return response;
    }

    public override async Task<V1.BatchUpdateClientsResponse> BatchUpdateClients(V1.BatchUpdateClientsRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var municipality = ResourceNames.ParseMunicipality(request.Parent, "parent");
        BatchItems.EnsureSize(request.Requests.Count, "requests");
        var items = request.Requests.Select(r => (Func<ClientChange>)(() => ToChange(municipality, r))).ToList();
        var updated = await BatchErrors.Named(BatchErrors.Request, () =>
            clients.BatchUpdateClientsAsync(party, municipality, items, UpdateFields, context.CancellationToken));
        var response = new V1.BatchUpdateClientsResponse();
        response.Clients.AddRange(updated.Select(v => ClientMapping.ToProto(v, options.RegionId)));
        return response;
    }

    public override async Task<Empty> BatchDeleteClients(V1.BatchDeleteClientsRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var municipality = ResourceNames.ParseMunicipality(request.Parent, "parent");
        BatchItems.EnsureSize(request.Names.Count, "names");
        var references = BatchErrors.NamedSync(BatchErrors.Name, () => BatchItems.CheckAll(request.Names.Count, i => ClientOf(municipality, request.Names[i], "")));
        await BatchErrors.Named(BatchErrors.Name, () => clients.BatchDeleteClientsAsync(party, municipality, references, DeleteFields, context.CancellationToken));
        return new Empty();
    }

    private Client ToClient(MunicipalityCode municipality, string batchParent, V1.CreateClientRequest request)
    {
        var check = new ViolationCollector();
        check.Try(() =>
        {
            BatchErrors.EnsureSameParent(batchParent, request.Parent);
            return true;
        }, false);
        var reference = check.Try<ClientReference?>(() => ResourceNames.ParseClientReference(request.ClientId, "client_id"), null);
        if (request.Client is null)
        {
            check.Add("client", "is required");
        }
        var client = request.Client is null || reference is null
            ? null
            : check.Try(() => BatchErrors.Under("client", () => ClientMapping.ToClient(municipality, reference.Value, request.Client, options.RegionId)), null);
        check.ThrowIfAny();
        return client!;
    }

    private ClientChange ToChange(MunicipalityCode municipality, V1.UpdateClientRequest request)
    {
        var message = request.Client ?? throw new DomainValidationException("client", "is required");
        var check = new ViolationCollector();
        var reference = check.Try<ClientReference?>(() => ClientOf(municipality, message.Name, "client.name"), null);
        var paths = check.Try(() => FieldMasks.Paths(request.UpdateMask, ClientMapping.UpdatablePaths), null);
        check.ThrowIfAny();
        return new ClientChange(reference!.Value, message.Etag, current => ClientMapping.Apply(current, message, paths!, options.RegionId));
    }

    /// <summary>The reference of a client named in a batch; it must be a client of the batch's municipality.</summary>
    private static ClientReference ClientOf(MunicipalityCode municipality, string name, string field)
    {
        var (owner, reference) = ResourceNames.ParseClient(name, field);
        return owner == municipality
            ? reference
            : throw new DomainValidationException(field, $"must be a client of {ResourceNames.Municipality(municipality)}, the batch's parent");
    }
}
