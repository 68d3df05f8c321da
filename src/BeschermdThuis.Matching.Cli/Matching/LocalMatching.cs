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
        var affordability = AffordabilityPolicyJson.Parse(
            await File.ReadAllTextAsync(DefaultFiles.Resolve(DefaultFiles.AffordabilityConfig), cancellationToken));
        var policy = MatchPolicyJson.Load(DefaultFiles.Resolve(DefaultFiles.MatchingPolicyConfig));
        var catalog = new RegionCatalog(database.Regions, new MatchingOptions(request.RegionId));
        var proposalPolicy = ProposalPolicyJson.Load(DefaultFiles.Resolve(DefaultFiles.ProposalPolicyConfig));
        var input = new MatchInput(catalog, database.Stock, database.Clients, database.CareTeams, database.Agreements, database.Proposals,
            proposalPolicy, affordability);
        var service = new MatchingApplicationService(input, database.MatchRuns, database.MatchLock, database.AuditTrail, catalog, policy, TimeProvider.System);
        return await service.RunMatchAsync(MatchCaller.LocalOperator, request, null, progress, cancellationToken);
    }
}
