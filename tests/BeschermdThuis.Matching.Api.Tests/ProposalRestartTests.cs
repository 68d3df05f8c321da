using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using BeschermdThuis.Matching.Domain.Proposals;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>
/// Restart durability (issue 11): proposals, decisions and their audit survive stopping the server and starting a new
/// one on the same file, and a response deadline that passed while no server ran is applied when the next one starts,
/// before anyone reads the proposal. While the server runs, its sweep applies a deadline that nobody reads.
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

    [Fact]
    public async Task Sweep_ExpiresAnOverdueProposal_ThatNobodyReads()
    {
        var pair = (await server.PairsAsync())[2];
        var proposed = await _steps.DriveAsync(pair, ProposalState.ProposedToCorporation);
        var id = proposed.Name.Split('/')[^1];

        // Past the deadline and past the sweep's next tick (60 s on the fake clock), so the timer fires during Advance.
        server.Clock.Advance(proposed.RespondBy.ToDateTimeOffset() - server.Clock.GetUtcNow() + TimeSpan.FromMinutes(2));

        // The sweep runs on its own task once the timer fired: wait for its write (bounded), reading the file only.
        ProposalState state;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        do
        {
            await Task.Delay(20, Ct);
            state = (await server.Store.Proposals.GetProposalAsync(SeedData.RegionId, id, Ct))!.Value.State;
        }
        while (state != ProposalState.Expired && waited.Elapsed < TimeSpan.FromSeconds(15));
        Assert.Equal(ProposalState.Expired, state);
        Assert.Equal("Clock", (await _steps.AuditAsync(proposed))[^1].Actor);
    }
}
