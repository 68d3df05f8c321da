using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using BeschermdThuis.Matching.Domain.Proposals;
using Grpc.Core;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>
/// Issue 11, item 10: a desk sees the moves of its clients' proposals and a corporation those for its units once they
/// reach it, as they happen, over a server stream; a watcher that reconnects with an event's resume token first gets
/// every move it missed after that event.
/// </summary>
public sealed class ProposalWatchTests(ProposalServerFixture server) : IClassFixture<ProposalServerFixture>
{
    private readonly ProposalSteps _steps = new(server);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Watchers_SeeTheMovesThatConcernThem_AndResumeWithoutLoss()
    {
        var pair = (await server.PairsAsync())[0];
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        stop.CancelAfter(TimeSpan.FromSeconds(60));
        using var desk = await WatchAsync(pair.Desk, "", stop.Token);
        using var corporation = await WatchAsync(pair.Corporation, "", stop.Token);

        var proposed = await _steps.DriveAsync(pair, ProposalState.ProposedToCorporation);
        var accepted = await _steps.MoveAsync(pair, proposed, ProposalAction.Accept, pair.Corporation);

        var seenByDesk = await NextAsync(desk, proposed.Name, 4, stop.Token);
        var seenByCorporation = await NextAsync(corporation, proposed.Name, 2, stop.Token);
        Assert.Equal(["Create", "ConfirmSupport", "Propose", "Accept"], seenByDesk.Select(e => e.Action));
        Assert.Equal(["Propose", "Accept"], seenByCorporation.Select(e => e.Action));
        Assert.All(seenByDesk, e => Assert.Equal(pair.Client, e.Proposal.Client));
        Assert.All(seenByCorporation, e => Assert.Equal("", e.Proposal.Client));
        Assert.Equal(accepted.State, seenByCorporation[^1].Proposal.State);

        using var resumed = await WatchAsync(pair.Desk, seenByDesk[1].ResumeToken, stop.Token);
        var missed = await NextAsync(resumed, proposed.Name, 2, stop.Token);
        Assert.Equal(["Propose", "Accept"], missed.Select(e => e.Action));
        await _steps.EndAsync(pair, accepted);
    }

    [Fact]
    public async Task Watch_ByABoardOrWithAForgedToken_IsRefused()
    {
        // A refused watch answers with its status at once (no headers first): the first read of the stream raises it.
        using var board = _steps.As(SeedData.Board).WatchProposals(new V1.WatchProposalsRequest { Parent = $"regions/{SeedData.RegionId}" }, cancellationToken: Ct);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => board.ResponseStream.MoveNext(Ct));
        using var forgedCall = _steps.As(SeedData.Administrator).WatchProposals(
            new V1.WatchProposalsRequest { Parent = $"regions/{SeedData.RegionId}", ResumeToken = "not-a-token" }, cancellationToken: Ct);
        var forged = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => forgedCall.ResponseStream.MoveNext(Ct));
        Assert.Equal(["resume_token"], RpcAssert.ViolatedFields(forged));
    }

    // A started watch: the server has answered with its headers, so every move after this call reaches the stream.
    private async Task<AsyncServerStreamingCall<V1.ProposalEvent>> WatchAsync(Domain.Parties.Party party, string token, CancellationToken cancellationToken)
    {
        var call = _steps.As(party).WatchProposals(new V1.WatchProposalsRequest
        {
            Parent = $"regions/{SeedData.RegionId}", ResumeToken = token,
        }, cancellationToken: cancellationToken);
        try
        {
            await call.ResponseHeadersAsync;
            return call;
        }
        catch
        {
            call.Dispose();
            throw;
        }
    }

    // The next `count` events about the proposal (events about others, e.g. from other tests' pairs, are skipped).
    private static async Task<List<V1.ProposalEvent>> NextAsync(
        AsyncServerStreamingCall<V1.ProposalEvent> call, string proposal, int count, CancellationToken cancellationToken)
    {
        var events = new List<V1.ProposalEvent>();
        while (events.Count < count && await call.ResponseStream.MoveNext(cancellationToken))
        {
            if (call.ResponseStream.Current.Proposal.Name == proposal)
            {
                events.Add(call.ResponseStream.Current);
            }
        }
        return events;
    }
}
