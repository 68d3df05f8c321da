using BeschermdThuis.Matching.Application.Proposals;

namespace BeschermdThuis.Matching.Api.Hosting;

/// <summary>
/// Expires every proposal whose response deadline passed, every <see cref="ServerSettings.SweepInterval"/> on the
/// server's <see cref="TimeProvider"/>, so a deadline takes effect even when nobody reads the proposal. The first sweep
/// runs before the server takes calls: a deadline that fell due while the server was down is applied on start.
/// </summary>
public sealed class ProposalDeadlineSweep(
    ProposalApplicationService proposals, ServerSettings settings, TimeProvider time, ILogger<ProposalDeadlineSweep> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await SweepAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.SweepInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await SweepAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The server is stopping.
        }
    }

    // A failed sweep (the database away for a moment) is logged and tried again at the next tick; reads still expire
    // what they find overdue, so no deadline is missed meanwhile.
    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        try
        {
            var expired = await proposals.ExpireOverdueAsync(cancellationToken);
            if (expired > 0 && logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Deadline sweep: {Count} overdue proposals expired", expired);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Deadline sweep failed; it runs again at the next interval");
        }
    }
}
