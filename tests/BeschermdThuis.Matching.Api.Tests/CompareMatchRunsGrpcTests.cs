using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using BeschermdThuis.Matching.Domain.Proposals;
using Grpc.Core;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>
/// CompareMatchRuns (issue 11, item 5) over gRPC: after a decline and a re-match, the declined pair is released with
/// its reason; a desk sees the lines of its own clients only, a board (aggregates) none; bad names are refused.
/// </summary>
public sealed class CompareMatchRunsGrpcTests(ProposalServerFixture server) : IClassFixture<ProposalServerFixture>
{
    private readonly ProposalSteps _steps = new(server);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AfterADeclineAndARematch_TheDeclinedPairIsReleasedWithItsReason_ForItsDeskOnly()
    {
        var pair = (await server.PairsAsync())[0];
        var proposed = await _steps.DriveAsync(pair, ProposalState.ProposedToCorporation);
        await _steps.As(pair.Corporation).DeclineProposalAsync(new V1.DeclineProposalRequest
        {
            Name = proposed.Name, ReasonCode = "neighbourhood-concerns", Etag = proposed.Etag,
        }, cancellationToken: Ct);
        var matching = server.As(SeedData.Board).Matching;
        var first = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => server.As(pair.Desk).Matching
            .CompareMatchRunsAsync(new V1.CompareMatchRunsRequest { Name = server.RunName }, cancellationToken: Ct).ResponseAsync);
        // Run ids sort by the time they were made; the fake clock would give both runs the same instant.
        server.Clock.Advance(TimeSpan.FromMinutes(5));
        var (_, rematch) = await MatchRequests.RunAsync(matching, MatchRequests.Demo(), null, Ct);

        var byDesk = await server.As(pair.Desk).Matching.CompareMatchRunsAsync(new V1.CompareMatchRunsRequest { Name = rematch.Name }, cancellationToken: Ct);
        var byBoard = await matching.CompareMatchRunsAsync(
            new V1.CompareMatchRunsRequest { Name = rematch.Name, Previous = server.RunName }, cancellationToken: Ct);

        Assert.Contains("first run", first.Status.Detail);
        Assert.Equal(rematch.Name, byDesk.MatchRun);
        Assert.Equal(server.RunName, byDesk.Previous);
        var released = Assert.Single(byDesk.Lines, l => l.Client == pair.Client && l.Unit == pair.Unit);
        Assert.Equal(V1.PairChange.Released, released.Change);
        Assert.Equal("DeclinedByCorporation: neighbourhood-concerns", released.Reason);
        Assert.DoesNotContain(byDesk.Lines, l => l.Change == V1.PairChange.Unspecified);
        Assert.All(byDesk.Lines, l => Assert.StartsWith($"municipalities/{pair.Municipality}/clients/", l.Client));
        Assert.Empty(byBoard.Lines);
    }

    [Fact]
    public async Task BadOrForeignNames_AreRefusedNamingTheField()
    {
        var pair = (await server.PairsAsync())[0];
        var client = server.As(pair.Desk).Matching;

        var foreign = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => client.CompareMatchRunsAsync(new V1.CompareMatchRunsRequest
        {
            Name = server.RunName, Previous = "regions/elsewhere/matchRuns/run-20260101-000000000-00000000",
        }, cancellationToken: Ct).ResponseAsync);
        var malformed = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => client.CompareMatchRunsAsync(
            new V1.CompareMatchRunsRequest { Name = "matchRuns/latest" }, cancellationToken: Ct).ResponseAsync);
        var missing = await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.CompareMatchRunsAsync(new V1.CompareMatchRunsRequest
        {
            Name = $"regions/{SeedData.RegionId}/matchRuns/run-20990101-000000000-00000000",
        }, cancellationToken: Ct).ResponseAsync);
        var corporation = await Record.ExceptionAsync(() => server.As(pair.Corporation).Matching.CompareMatchRunsAsync(
            new V1.CompareMatchRunsRequest { Name = server.RunName }, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(["previous"], RpcAssert.ViolatedFields(foreign));
        Assert.Equal(["name"], RpcAssert.ViolatedFields(malformed));
        Assert.Contains("run-20990101", missing.Status.Detail);
        Assert.True(corporation is RpcException { StatusCode: StatusCode.PermissionDenied or StatusCode.NotFound }, $"{corporation}");
    }
}
