using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using BeschermdThuis.Matching.Domain.Proposals;
using Grpc.Core;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>
/// Issue 11, item 13 through gRPC: only the client's desk erases, not while a proposal is open, and afterwards every
/// call about the client answers NOT_FOUND while its proposals stay (under the pseudonym) for the corporation's records.
/// </summary>
public sealed class ClientErasureGrpcTests(ProposalServerFixture server) : IClassFixture<ProposalServerFixture>
{
    private readonly ProposalSteps _steps = new(server);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EraseClient_ByItsDeskOnceNoProposalIsOpen_ThenTheClientIsNotFound()
    {
        var pair = await server.TakePairAsync();
        var proposed = await _steps.DriveAsync(pair, ProposalState.ProposedToCorporation);
        var request = new V1.EraseClientRequest { Name = pair.Client };

        foreach (var stranger in new[] { ProposalServerFixture.OtherDesk(pair), pair.Corporation, SeedData.Board, SeedData.Administrator })
        {
            await RpcAssert.FailsAsync(StatusCode.NotFound, () => server.As(stranger).Client.EraseClientAsync(request, cancellationToken: Ct).ResponseAsync);
        }
        var open = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => server.As(pair.Desk).Client.EraseClientAsync(request, cancellationToken: Ct).ResponseAsync);
        Assert.Contains("withdraw it", open.Status.Detail, StringComparison.Ordinal);
        var withdrawn = await _steps.MoveAsync(pair, proposed, ProposalAction.Withdraw, pair.Desk);

        await server.As(pair.Desk).Client.EraseClientAsync(request, cancellationToken: Ct);

        await RpcAssert.FailsAsync(StatusCode.NotFound,
            () => server.As(pair.Desk).Client.GetClientAsync(new V1.GetClientRequest { Name = pair.Client }, cancellationToken: Ct).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => server.As(pair.Desk).Client.EraseClientAsync(request, cancellationToken: Ct).ResponseAsync);
        var kept = await _steps.GetAsync(pair.Desk, withdrawn);
        Assert.Equal(ProposalState.Withdrawn.ToString(), kept.State.ToString());
        Assert.DoesNotContain(pair.Client.Split('/')[^1], kept.Client, StringComparison.Ordinal);
    }
}
