using BeschermdThuis.Matching.Domain.Parties;
using Grpc.Core;

namespace BeschermdThuis.Matching.Api.Auth;

/// <summary>Reads who is asking from the validated bearer token of the call.</summary>
public static class CallerContext
{
    /// <exception cref="RpcException">Unauthenticated: the token names no known party.</exception>
    public static Party GetParty(this ServerCallContext context)
    {
        var user = context.GetHttpContext().User;
        if (user.Identity is not { IsAuthenticated: true })
        {
            throw new RpcException(new Status(StatusCode.Unauthenticated, "a bearer token is required"));
        }
        var kind = PartyClaims.ParseKind(user.FindFirst(PartyClaims.Kind)?.Value);
        var id = user.FindFirst(PartyClaims.Id)?.Value;
        if (kind is null || string.IsNullOrWhiteSpace(id))
        {
            throw new RpcException(new Status(StatusCode.Unauthenticated,
                $"the token must carry the claims {PartyClaims.Kind} (corporation, municipal_desk, regional_board, administrator) and {PartyClaims.Id}"));
        }
        return new Party(kind.Value, id);
    }
}
