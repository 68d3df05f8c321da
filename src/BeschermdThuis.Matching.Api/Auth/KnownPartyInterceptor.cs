using BeschermdThuis.Matching.Application;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace BeschermdThuis.Matching.Api.Auth;

/// <summary>
/// A corporation's token is valid only for a corporation registered in the region served: before any call (unary or
/// streaming) of a party that names one, the corporation must exist, else the call is PERMISSION_DENIED (the token is
/// well formed and signed, so not UNAUTHENTICATED; the administrator has to create the corporation first). Calls
/// without a valid token pass on and are refused by the service as UNAUTHENTICATED.
/// </summary>
public sealed class KnownPartyInterceptor(CorporationApplicationService corporations) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        await EnsureKnownAsync(context);
        return await continuation(request, context);
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        await EnsureKnownAsync(context);
        await continuation(request, responseStream, context);
    }

    private async Task EnsureKnownAsync(ServerCallContext context)
    {
        if (context.GetHttpContext().User.Identity is not { IsAuthenticated: true })
        {
            return;
        }
        var party = context.GetParty();
        await corporations.EnsureKnownPartyAsync(party, context.CancellationToken);
    }
}
