using BeschermdThuis.Matching.Api.Grpc;
using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using static BeschermdThuis.Matching.Api.Tests.Infrastructure.SeedData;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>
/// An error is as small as the mistake, not as the input (issue 10): a 4 MB name answered with 12.6 MB of trailers
/// and logged 8.4 MB; 10,000 unknown area codes gave 10,000 field violations (2.4 MB, refused by a default client).
/// </summary>
public sealed class ErrorBoundsTests(ApiServerFixture server) : IClassFixture<ApiServerFixture>
{
    private const int SmallError = 4 * 1024;

    /// <summary>50 violations of the longest allowed field and description, base64 in the status trailer.</summary>
    private const int CappedError = 32 * 1024;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetUnit_WithANameOfNearly4MB_AnswersAShortError_AndLogsAShortLine()
    {
        var huge = $"corporations/{CorporationA}/units/" + new string('x', 3_900_000);
        var logBefore = TestContext.Current.TestOutputHelper!.Output.Length;

        var e = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () =>
            server.As(CorporationAParty).Stock.GetUnitAsync(new V1.GetUnitRequest { Name = huge }, cancellationToken: Ct).ResponseAsync);

        Assert.InRange(TrailerBytes(e), 1, SmallError);
        Assert.Contains("/units/x…' is not a resource name", e.Status.Detail, StringComparison.Ordinal);
        var logged = TestContext.Current.TestOutputHelper!.Output[logBefore..];
        Assert.InRange(logged.Length, 1, SmallError);
        Assert.DoesNotContain(new string('x', 100), logged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateClient_With10000UnknownAreaCodes_IsRefusedOnTheCounts_WithAShortError_AndStoresNothing()
    {
        var client = Messages.Client();
        client.Recovery.AvoidAreaCodes.AddRange(Enumerable.Range(0, 10_000).Select(i => $"BU9{i:0000000}"));
        client.Wishes.Areas.AddRange(Enumerable.Range(0, 10_000).Select(i => new V1.AreaWish { Rank = i + 3, AreaCode = $"WK99{i:0000}" }));
        var before = await StoredState.SnapshotAsync(server.Store);

        var e = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => server.As(NijmegenDesk).Client.CreateClientAsync(
            new V1.CreateClientRequest { Parent = "municipalities/GM0268", ClientId = "many-areas", Client = client }, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(["client.wishes.areas", "client.recovery.avoid_area_codes"], RpcAssert.ViolatedFields(e));
        Assert.InRange(TrailerBytes(e), 1, SmallError);
        Assert.Equal(before, await StoredState.SnapshotAsync(server.Store));
    }

    [Fact]
    public async Task UpdateUnit_With10000BadMaskPaths_Answers50Violations_TheLastCountingTheRest()
    {
        var mask = new FieldMask();
        mask.Paths.AddRange(Enumerable.Range(0, 10_000).Select(i => $"no_such_field_{i}_" + new string('z', 100)));

        var e = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => server.As(CorporationAParty).Stock.UpdateUnitAsync(new V1.UpdateUnitRequest
        {
            Unit = new V1.Unit { Name = $"corporations/{CorporationA}/units/{UnitA}" },
            UpdateMask = mask,
        }, cancellationToken: Ct).ResponseAsync);

        var violations = e.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations;
        Assert.Equal(BoundedViolations.MaxViolations, violations.Count);
        Assert.Equal("and 9951 more violations not listed (at most 50 per response)", violations[^1].Description);
        Assert.EndsWith("; and 9997 more", e.Status.Detail, StringComparison.Ordinal);
        Assert.InRange(TrailerBytes(e), 1, CappedError);
    }

    [Fact]
    public async Task AMessageOverTheReceiveLimit_IsRefusedBeforeItIsRead()
    {
        var tooLarge = new string('x', 5 * 1024 * 1024);

        await RpcAssert.FailsAsync(StatusCode.ResourceExhausted, () =>
            server.As(CorporationAParty).Stock.GetUnitAsync(new V1.GetUnitRequest { Name = tooLarge }, cancellationToken: Ct).ResponseAsync);
    }

    private static int TrailerBytes(RpcException e) => e.Trailers.Sum(t => t.Key.Length + (t.IsBinary ? t.ValueBytes.Length : t.Value.Length));
}
