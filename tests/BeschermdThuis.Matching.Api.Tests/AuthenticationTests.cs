using System.Security.Cryptography;
using BeschermdThuis.Matching.Api.Auth;
using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using Grpc.Core;
using Microsoft.Extensions.Time.Testing;
using static BeschermdThuis.Matching.Api.Tests.Infrastructure.SeedData;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>Every call to the three services needs a valid token naming a party; otherwise Unauthenticated and no data.</summary>
public sealed class AuthenticationTests(ApiServerFixture server) : IClassFixture<ApiServerFixture>
{
    private const string UnitOfA = $"corporations/{CorporationA}/units/{UnitA}";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<V1.Unit> GetUnitWith(string? token) =>
        server.WithToken(token).Stock.GetUnitAsync(new V1.GetUnitRequest { Name = UnitOfA }, cancellationToken: Ct).ResponseAsync;

    [Fact]
    public async Task ValidToken_IsAccepted_AndTheCallReturnsThePartysUnit()
    {
        var unit = await GetUnitWith(server.TokenFor(CorporationAParty));

        Assert.Equal(UnitOfA, unit.Name);
        Assert.Equal(55_000, unit.NetRentCents);
        Assert.Equal($"regions/{RegionId}/neighbourhoods/{Stadscentrum}", unit.Neighbourhood);
        Assert.Equal(V1.UnitStatus.Available, unit.Status);
    }

    [Fact]
    public async Task NoToken_IsUnauthenticated()
    {
        await RpcAssert.FailsAsync(StatusCode.Unauthenticated, () => GetUnitWith(null));
        await RpcAssert.FailsAsync(StatusCode.Unauthenticated, () =>
            server.WithToken(null).Region.GetRegionAsync(new V1.GetRegionRequest { Name = $"regions/{RegionId}" }, cancellationToken: Ct).ResponseAsync);
    }

    [Fact]
    public async Task TokenSignedWithAnotherKey_IsUnauthenticated()
    {
        var otherKey = RandomNumberGenerator.GetBytes(32);
        var forged = DevelopmentTokenIssuer.Issue(otherKey, CorporationAParty, TimeSpan.FromHours(1), TimeProvider.System);

        await RpcAssert.FailsAsync(StatusCode.Unauthenticated, () => GetUnitWith(forged));
    }

    [Fact]
    public async Task ExpiredToken_IsUnauthenticated()
    {
        var past = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(-2));
        var expired = DevelopmentTokenIssuer.Issue(server.Key, CorporationAParty, TimeSpan.FromHours(1), past);

        await RpcAssert.FailsAsync(StatusCode.Unauthenticated, () => GetUnitWith(expired));
    }

    [Fact]
    public async Task TamperedToken_IsUnauthenticated()
    {
        var token = server.TokenFor(CorporationBParty);
        var parts = token.Split('.');
        var payload = System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(parts[1]))
            .Replace(CorporationB, CorporationA, StringComparison.Ordinal);
        var tampered = $"{parts[0]}.{System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(payload))}.{parts[2]}";

        await RpcAssert.FailsAsync(StatusCode.Unauthenticated, () => GetUnitWith(tampered));
    }

    [Fact]
    public async Task ForgedToken_CannotWrite_AndNothingIsStored()
    {
        var forged = DevelopmentTokenIssuer.Issue(RandomNumberGenerator.GetBytes(32), CorporationAParty, TimeSpan.FromHours(1), TimeProvider.System);
        var before = await StoredState.SnapshotAsync(server.Store);

        await RpcAssert.FailsAsync(StatusCode.Unauthenticated, () => server.WithToken(forged).Stock.CreateUnitAsync(
            new V1.CreateUnitRequest { Parent = $"corporations/{CorporationA}", UnitId = "forged", Unit = Messages.Unit() }, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(before, await StoredState.SnapshotAsync(server.Store));
    }

    [Fact]
    public async Task GarbageToken_IsUnauthenticated()
    {
        await RpcAssert.FailsAsync(StatusCode.Unauthenticated, () => GetUnitWith("not.a.jwt"));
    }

    [Fact]
    public void DevelopmentSigningKey_IsCreatedOnce_OwnerOnly()
    {
        var path = Path.Combine(server.Directory, "fresh", "nested", "key");

        var first = DevelopmentSigningKey.LoadOrCreate(path);
        var second = DevelopmentSigningKey.LoadOrCreate(path);

        Assert.Equal(DevelopmentSigningKey.KeyBytes, first.Length);
        Assert.Equal(first, second);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }
}
