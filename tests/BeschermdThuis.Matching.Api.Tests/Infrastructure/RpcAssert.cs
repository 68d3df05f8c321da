using Google.Rpc;
using Grpc.Core;

namespace BeschermdThuis.Matching.Api.Tests.Infrastructure;

public static class RpcAssert
{
    public static async Task<RpcException> FailsAsync(StatusCode expected, Func<Task> call)
    {
        var e = await Assert.ThrowsAsync<RpcException>(call);
        Assert.True(e.StatusCode == expected, $"expected {expected}, got {e.StatusCode}: {e.Status.Detail}");
        return e;
    }

    /// <summary>The fields named in the google.rpc.BadRequest detail of the error.</summary>
    public static IReadOnlyList<string> ViolatedFields(RpcException e)
    {
        var status = e.GetRpcStatus() ?? throw new Xunit.Sdk.XunitException("the error carries no google.rpc.Status");
        var badRequest = status.GetDetail<BadRequest>() ?? throw new Xunit.Sdk.XunitException("the error carries no BadRequest detail");
        return [.. badRequest.FieldViolations.Select(v => v.Field)];
    }
}
