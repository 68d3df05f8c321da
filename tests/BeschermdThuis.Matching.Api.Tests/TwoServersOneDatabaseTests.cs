using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using BeschermdThuis.Matching.Storage;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using static BeschermdThuis.Matching.Api.Tests.Infrastructure.SeedData;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>
/// Two servers on one SQLite file, as two instances behind a load balancer: what one changes in the region, the other
/// shows on its next call, though each keeps the region in memory.
/// </summary>
public sealed class TwoServersOneDatabaseTests(TwoServersFixture servers) : IClassFixture<TwoServersFixture>
{
    private const string LoadName = $"regions/{RegionId}/load";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UpdateNeighbourhood_OnOneServer_IsSeenByTheOthersRegionLoad()
    {
        var other = new V1.RegionService.RegionServiceClient(servers.SecondInvoker(servers.TokenFor(Board)));
        var before = await other.GetRegionLoadAsync(new V1.GetRegionLoadRequest { Name = LoadName }, cancellationToken: Ct);
        Assert.Equal(3, ExistingProtectedHomes(before));

        await servers.As(Administrator).Region.UpdateNeighbourhoodAsync(new V1.UpdateNeighbourhoodRequest
        {
            Neighbourhood = new V1.Neighbourhood { Name = $"regions/{RegionId}/neighbourhoods/{Stadscentrum.Value}", ExistingProtectedHomes = 7 },
            UpdateMask = new FieldMask { Paths = { "existing_protected_homes" } },
        }, cancellationToken: Ct);

        var after = await other.GetRegionLoadAsync(new V1.GetRegionLoadRequest { Name = LoadName }, cancellationToken: Ct);
        Assert.Equal(7, ExistingProtectedHomes(after));
    }

    private static int ExistingProtectedHomes(V1.RegionLoad load) =>
        load.Neighbourhoods.Single(n => n.Neighbourhood.EndsWith(Stadscentrum.Value, StringComparison.Ordinal)).ExistingProtectedHomes;
}

/// <summary>The usual test server and a second one on the same database file and signing key.</summary>
public sealed class TwoServersFixture : ApiServerFixture, IAsyncLifetime
{
    private WebApplication? _second;
    private GrpcChannel? _secondChannel;

    protected override async Task SeedAsync(MatchingDatabase store)
    {
        await base.SeedAsync(store);
        (_second, _secondChannel) = await StartServerAsync(RegionId);
    }

    public CallInvoker SecondInvoker(string token) =>
        WithBearer(_secondChannel ?? throw new InvalidOperationException("the second server has not started"), token);

    public new async ValueTask DisposeAsync()
    {
        _secondChannel?.Dispose();
        if (_second is not null)
        {
            await _second.StopAsync();
            await _second.DisposeAsync();
        }
        await base.DisposeAsync();
    }
}
