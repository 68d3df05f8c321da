using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using BeschermdThuis.Matching.Domain.Proposals;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>
/// Restart durability (issue 11): proposals, decisions and their audit survive stopping the server and starting a new
/// one on the same file, and a response deadline that passed while no server ran is applied when the next one starts,
/// before anyone reads the proposal.
/// </summary>
public sealed class ProposalRestartTests(ProposalServerFixture server) : IClassFixture<ProposalServerFixture>
{
    private readonly ProposalSteps _steps = new(server);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ProposalsDecisionsAndAudit_SurviveARestart_AndADeadlineThatPassedWhileDown_IsAppliedOnStart()
    {
        var pairs = await server.PairsAsync();
        var (waitingPair, declinedPair) = (pairs[0], pairs[1]);
        var waiting = await _steps.DriveAsync(waitingPair, ProposalState.ProposedToCorporation);
        var offered = await _steps.DriveAsync(declinedPair, ProposalState.OfferedToClient);
        var declined = await _steps.As(declinedPair.Desk).DeclineProposalAsync(new V1.DeclineProposalRequest
        {
            Name = offered.Name, ReasonCode = "dwelling", ReasonText = "Geen lift en de trap is te steil.", Etag = offered.Etag,
        }, cancellationToken: Ct);
        var waitingAudit = await _steps.AuditAsync(waiting);
        var declinedAudit = await _steps.AuditAsync(declined);
        var deadline = waiting.RespondBy.ToDateTimeOffset();

        await server.RestartAsync(() =>
        {
            server.Clock.Advance(deadline - server.Clock.GetUtcNow() + TimeSpan.FromHours(1));
            return Task.CompletedTask;
        });

        // Read from the file, not through the API (a read would expire it itself): the sweep on start did it.
        var stored = (await server.Store.Proposals.GetProposalAsync(SeedData.RegionId, waiting.Name.Split('/')[^1], Ct))!;
        Assert.Equal(ProposalState.Expired, stored.Value.State);
        var audit = await _steps.AuditAsync(waiting);
        Assert.Equal(waitingAudit, audit.Take(waitingAudit.Count));
        var expiry = Assert.Single(audit.Skip(waitingAudit.Count));
        Assert.Equal(("Clock", "Expire", "ProposedToCorporation", "Expired"), (expiry.Actor, expiry.Action, expiry.OldState, expiry.NewState));
        Assert.Equal(declinedAudit, await _steps.AuditAsync(declined));
        Assert.Equal(declined, await _steps.GetAsync(declinedPair.Desk, declined));
        Assert.Equal(V1.ProposalState.Expired, (await _steps.GetAsync(waitingPair.Corporation, waiting)).State);
    }
}
