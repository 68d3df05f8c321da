using BeschermdThuis.Matching.Api.Auth;
using BeschermdThuis.Matching.Api.Mapping;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Application.Erasure;
using BeschermdThuis.Matching.Domain.Common;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace BeschermdThuis.Matching.Api.Grpc;

/// <summary>Thin adapter: message to domain, one application call, domain to message.</summary>
public sealed partial class ClientGrpcService(ClientApplicationService clients, ClientErasureApplicationService erasure, MatchingOptions options)
    : V1.ClientService.ClientServiceBase
{
    public override async Task<V1.Client> CreateClient(V1.CreateClientRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var municipality = ResourceNames.ParseMunicipality(request.Parent, "parent");
        var reference = ResourceNames.ParseClientReference(request.ClientId, "client_id");
        var message = request.Client ?? throw new DomainValidationException("client", "is required");
        var view = await FieldPaths.Under("client", () => clients.CreateClientAsync(
            party, municipality, () => ClientMapping.ToClient(municipality, reference, message, options.RegionId), context.CancellationToken));
        return ClientMapping.ToProto(view, options.RegionId);
    }

    public override async Task<V1.Client> GetClient(V1.GetClientRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var (municipality, reference) = ResourceNames.ParseClient(request.Name, "name");
        return ClientMapping.ToProto(await clients.GetClientAsync(party, municipality, reference, context.CancellationToken), options.RegionId);
    }

    public override async Task<V1.ListClientsResponse> ListClients(V1.ListClientsRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var municipality = ResourceNames.ParseMunicipality(request.Parent, "parent");
        var page = PageTokens.Request(request.PageSize, request.PageToken, request.Parent);
        var found = await clients.ListClientsAsync(party, municipality, page, context.CancellationToken);
        var response = new V1.ListClientsResponse { NextPageToken = PageTokens.Next(found, request.Parent) };
        response.Clients.AddRange(found.Items.Select(v => ClientMapping.ToProto(v, options.RegionId)));
        return response;
    }

    public override async Task<V1.Client> UpdateClient(V1.UpdateClientRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var message = request.Client ?? throw new DomainValidationException("client", "is required");
        var (municipality, reference) = ResourceNames.ParseClient(message.Name, "client.name");
        var paths = FieldMasks.Paths(request.UpdateMask, ClientMapping.UpdatablePaths);
        var view = await FieldPaths.Under("client", () => clients.UpdateClientAsync(
            party, municipality, reference, message.Etag, current => ClientMapping.Apply(current, message, paths, options.RegionId), context.CancellationToken));
        return ClientMapping.ToProto(view, options.RegionId);
    }

    public override async Task<Empty> DeleteClient(V1.DeleteClientRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var (municipality, reference) = ResourceNames.ParseClient(request.Name, "name");
        await clients.DeleteClientAsync(party, municipality, reference, context.CancellationToken);
        return new Empty();
    }

    public override async Task<Empty> EraseClient(V1.EraseClientRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var (municipality, reference) = ResourceNames.ParseClient(request.Name, "name");
        await erasure.EraseClientAsync(party, municipality, reference, context.CancellationToken);
        return new Empty();
    }
}
