using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Application.Matching;
using BeschermdThuis.Matching.Domain.Affordability;
using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Solver.Problem;
using BeschermdThuis.Matching.Solver.Results;
using BeschermdThuis.Matching.Storage;

namespace BeschermdThuis.Matching.Cli.Matching;

/// <summary>
/// The matching application service in-process, on a database file, without a server. The command line is the local
/// operator (<see cref="MatchCaller.LocalOperator"/>): it holds the whole database, so it sees the full run.
/// </summary>
internal static class LocalMatching
{
    public static async Task<MatchRunView> RunAsync(
        MatchingDatabase database, MatchRunRequest request, Action<MatchProgress>? progress, CancellationToken cancellationToken)
    {
        var service = await ServiceAsync(database, request.RegionId, cancellationToken);
        return await service.RunMatchAsync(MatchCaller.LocalOperator, request, null, progress, cancellationToken);
    }

    /// <summary>What <paramref name="runId"/> changed against <paramref name="previousRunId"/> (null: the run just before it).</summary>
    public static async Task<RunChanges> CompareAsync(
        MatchingDatabase database, string regionId, string runId, string? previousRunId, CancellationToken cancellationToken)
    {
        var service = await ServiceAsync(database, regionId, cancellationToken);
        return await service.CompareWithPreviousAsync(MatchCaller.LocalOperator, regionId, runId, database.Proposals, cancellationToken, previousRunId);
    }

    private static async Task<MatchingApplicationService> ServiceAsync(MatchingDatabase database, string regionId, CancellationToken cancellationToken)
    {
        var affordability = AffordabilityPolicyJson.Parse(
            await File.ReadAllTextAsync(DefaultFiles.Resolve(DefaultFiles.AffordabilityConfig), cancellationToken));
        var policy = MatchPolicyJson.Load(DefaultFiles.Resolve(DefaultFiles.MatchingPolicyConfig));
        var catalog = new RegionCatalog(database.Regions, new MatchingOptions(regionId));
        var proposalPolicy = ProposalPolicyJson.Load(DefaultFiles.Resolve(DefaultFiles.ProposalPolicyConfig));
        var input = new MatchInput(catalog, database.Stock, database.Clients, database.CareTeams, database.Agreements, database.Proposals,
            proposalPolicy, affordability);
        return new MatchingApplicationService(input, database.MatchRuns, database.MatchLock, database.AuditTrail, catalog, policy, TimeProvider.System);
    }
}
