using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using Grpc.Core;
using static BeschermdThuis.Matching.Api.Tests.Infrastructure.SeedData;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>The server's log reaches the output of the test whose call caused it, so a failing test shows what the server did.</summary>
public sealed class ServerLogTests(ApiServerFixture server) : IClassFixture<ApiServerFixture>
{
    [Fact]
    public async Task RefusedCall_IsLoggedInTheTestOutput()
    {
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => server.As(Administrator).Region.GetRegionAsync(
            new V1.GetRegionRequest { Name = "regions/regio-utrecht" }, cancellationToken: TestContext.Current.CancellationToken).ResponseAsync);

        var output = TestContext.Current.TestOutputHelper?.Output;
        Assert.NotNull(output);
        Assert.Contains("ErrorInterceptor: /beschermdthuis.matching.v1.RegionService/GetRegion refused: NotFound", output, StringComparison.Ordinal);
    }
}
