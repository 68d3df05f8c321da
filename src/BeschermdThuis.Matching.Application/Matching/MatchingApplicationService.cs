using System.Text.Json;
using BeschermdThuis.Matching.Domain.Affordability;
using BeschermdThuis.Matching.Domain.Audit;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Solver;
using BeschermdThuis.Matching.Solver.Eligibility;
using BeschermdThuis.Matching.Solver.Explanations;
using BeschermdThuis.Matching.Solver.Model;
using BeschermdThuis.Matching.Solver.Problem;
using BeschermdThuis.Matching.Solver.Results;

namespace BeschermdThuis.Matching.Application.Matching;

/// <summary>
/// Runs matches on the stored input and keeps every run (options, result, explanations) so a decision can be
/// explained later exactly as it was made. Reading a run never solves again; WhyNot rebuilds the input and refuses
/// when it no longer hashes to the run's input.
/// </summary>
public sealed class MatchingApplicationService(
    MatchInput input, IMatchRunRepository runs, IMatchLock matchLock, IAuditTrail audit, RegionCatalog catalog, MatchPolicy policy, TimeProvider time)
{
    /// <summary>Runs a match for a party (a caller of the API): the access check first, then the request is built and checked.</summary>
    public async Task<MatchRunView> RunMatchAsync(
        Party party, string regionId, Func<MatchRunRequest> build, DateTime? deadlineUtc, Action<MatchProgress>? progress, CancellationToken cancellationToken)
    {
        var region = await catalog.GetAsync(regionId, cancellationToken);
        var audience = AccessPolicy.EnsureCanRunMatch(party, region.Region);
        return await RunMatchAsync(new MatchCaller(party, audience), build(), deadlineUtc, progress, cancellationToken);
    }

    /// <summary>
    /// Runs a match. <paramref name="cancellationToken"/> stops the solver, which then returns the best match so far
    /// (feasible); that match is stored all the same. The deadline covers the whole call: loading, the eligibility index
    /// and everything else before the solver count against it, and the solver gets what is left less a reserve for
    /// explaining and storing (<see cref="SolverBudget"/>).
    /// </summary>
    /// <exception cref="AbortedException">Another match of the region is running (one at a time, across servers too).</exception>
    public async Task<MatchRunView> RunMatchAsync(
        MatchCaller caller, MatchRunRequest request, DateTime? deadlineUtc, Action<MatchProgress>? progress, CancellationToken cancellationToken)
    {
        await using var held = await matchLock.AcquireOrAbortAsync(request.RegionId, null, cancellationToken);
        var now = time.GetUtcNow();
        var started = time.GetTimestamp();
        var asOf = request.AsOf ?? Later(DateOnly.FromDateTime(now.UtcDateTime), request.Period.Start);
        var rentYear = RentYear(request);
        var applied = request.TierOrder is { Count: > 0 } order ? WithTiers(order) : policy;
        var workers = request.Workers ?? MatchRunRequest.DefaultWorkers;
        var seed = request.Seed ?? MatchRunRequest.DefaultSeed;
        var requested = FieldPrefixed("options.", () => new MatchOptions(applied, request.TimeLimit, workers, seed));

        var problem = await input.LoadAsync(request.RegionId, request.Period, rentYear, asOf, requested, cancellationToken);
        var (index, solverLimit, result) = await Task.Run(() =>
        {
            var eligibility = BuildIndex(problem);
            // Only now is it known what the deadline leaves for the solver; the solver's clock starts with its own work
            // (the eligible pairs, the model, the flow repair), which it always finishes, so a feasible match comes back.
            var limit = SolverBudget.TimeLimit(request.TimeLimit, UntilDeadline(deadlineUtc), time.GetElapsedTime(started));
            return (eligibility, limit, MatchEngine.Solve(eligibility, limit, progress, cancellationToken));
        }, CancellationToken.None);
        var explanations = await Task.Run(() => Explainer.Explain(index, result), CancellationToken.None);

        var run = new StoredMatchRun(
            new MatchRunSummary(MatchRunId.New(now), request.RegionId, now, caller.Party, request.Period, result.InputHash, result.RandomSeed,
                StatusName(result.Status), result.Pairs.Count, MatchDocumentJson.DocumentVersion),
            new MatchOptionsDocument(request.RegionId, request.Period.Start, request.Period.End, asOf, rentYear, request.TimeLimit, solverLimit,
                workers, seed, applied.Tiers, JsonDocument.Parse(MatchPolicyJson.Serialize(applied)).RootElement.Clone()),
            MatchRunDocuments.Result(problem, request.RegionId, result),
            MatchRunDocuments.Explanations(problem, explanations));
        // Stored even when the call was cancelled: the solver's best match so far is a real run.
        await runs.CreateMatchRunAsync(run.ToRecord(), CancellationToken.None);
        await audit.AppendAsync(new AuditEntry(0, request.RegionId, now, caller.Party.ToString(), AuditSubjectKind.MatchRun, run.Summary.Id,
            "RunMatch", null, run.Summary.Status, $"{run.Summary.PairCount} pairs", null, null, null), CancellationToken.None);
        return new MatchRunView(run, caller.Audience);
    }

    public async Task<MatchRunView> GetMatchRunAsync(Party party, string regionId, string runId, CancellationToken cancellationToken)
    {
        var audience = await AudienceAsync(party, regionId, cancellationToken);
        return new MatchRunView(await FindAsync(regionId, runId, cancellationToken), audience);
    }

    /// <summary>The stored run as the local command line sees it (everything).</summary>
    public async Task<StoredMatchRun> GetMatchRunAsync(string regionId, string runId, CancellationToken cancellationToken) =>
        await FindAsync(regionId, runId, cancellationToken);

    public async Task<Page<MatchRunSummary>> ListMatchRunsAsync(Party party, string regionId, PageRequest page, CancellationToken cancellationToken)
    {
        await AudienceAsync(party, regionId, cancellationToken);
        return await runs.ListMatchRunsAsync(regionId, page, cancellationToken);
    }

    public async Task<(StoredMatchRun Run, ExplanationDocument Explanation, MatchRunAudience Audience)> ExplainClientAsync(
        Party party, string regionId, string runId, MunicipalityCode municipality, ClientReference client, CancellationToken cancellationToken)
    {
        var audience = await AudienceAsync(party, regionId, cancellationToken);
        AccessPolicy.EnsureCanSeeClient(party, audience, municipality);
        var run = await FindAsync(regionId, runId, cancellationToken);
        var name = ResourceNames.Client(municipality, client);
        var explanation = run.Explanations.Clients.FirstOrDefault(e => e.Client == name)
            ?? throw new NotFoundException($"{name} in {RunName(regionId, runId)}");
        return (run, explanation, audience);
    }

    /// <summary>
    /// Why not this client in this unit, for a stored run: the input is rebuilt from storage with the run's options and
    /// must hash to the run's input hash (otherwise the answer would be about a different match).
    /// </summary>
    public async Task<WhyNotResult> WhyNotAsync(
        Party party, string regionId, string runId, MunicipalityCode municipality, ClientReference client, string corporationId, string unitId,
        DateTime? deadlineUtc, CancellationToken cancellationToken)
    {
        var audience = await AudienceAsync(party, regionId, cancellationToken);
        AccessPolicy.EnsureCanSeeClient(party, audience, municipality);
        var run = await FindAsync(regionId, runId, cancellationToken);
        var stored = run.Options;
        var storedPolicy = MatchPolicyJson.Parse(stored.Policy.GetRawText());
        var options = new MatchOptions(storedPolicy, stored.SolverTimeLimit, stored.Workers, stored.Seed);
        var problem = await input.LoadAsync(regionId, new DateRange(stored.PeriodStart, stored.PeriodEnd), stored.RentYear, stored.AsOf, options, cancellationToken);
        if (CanonicalInput.Hash(problem) != run.Result.InputHash)
        {
            throw new FailedPreconditionException(
                $"the stored input changed since {RunName(regionId, runId)} was made (units, clients, teams, agreements or limits); run a new match to ask why-not questions");
        }
        var found = problem.Clients.FirstOrDefault(c => c.Reference == client && c.ResponsibleMunicipality == municipality)
            ?? throw new NotFoundException($"{ResourceNames.Client(municipality, client)} in {RunName(regionId, runId)}");
        _ = problem.Units.FirstOrDefault(u => u.Id == unitId && u.CorporationId == corporationId)
            ?? throw new NotFoundException($"{ResourceNames.Unit(corporationId, unitId)} in {RunName(regionId, runId)}");
        var forcedOptions = new MatchOptions(storedPolicy, SolverBudget.TimeLimit(stored.SolverTimeLimit, UntilDeadline(deadlineUtc)), stored.Workers, stored.Seed);
        var answer = await Task.Run(() => WhyNot.Ask(problem.WithOptions(forcedOptions), MatchRunDocuments.ToSolverResult(run.Result), found.Reference, unitId, cancellationToken),
            CancellationToken.None);
        var displaced = answer.Displaced
            .Select(c => problem.Clients.First(x => x.Reference == c))
            .Select(c => new DisplacedClient(ResourceNames.Client(c.ResponsibleMunicipality, c.Reference), c.ResponsibleMunicipality.Value))
            .ToList();
        return new WhyNotResult(answer, ResourceNames.Client(municipality, client), ResourceNames.Unit(corporationId, unitId), displaced, audience);
    }

    /// <summary>
    /// What <paramref name="runId"/> changed against <paramref name="previousRunId"/> (null: the run stored just before
    /// it): pairs kept, new and released with their reasons, as far as the party may see the clients.
    /// </summary>
    public async Task<RunChanges> CompareWithPreviousAsync(
        Party party, string regionId, string runId, IProposalRepository proposals, CancellationToken cancellationToken, string? previousRunId = null) =>
        await CompareWithPreviousAsync(new MatchCaller(party, await AudienceAsync(party, regionId, cancellationToken)), regionId, runId, proposals,
            cancellationToken, previousRunId);

    /// <summary>The same for a caller whose audience is known (the local command line: <see cref="MatchCaller.LocalOperator"/>).</summary>
    public async Task<RunChanges> CompareWithPreviousAsync(
        MatchCaller caller, string regionId, string runId, IProposalRepository proposals, CancellationToken cancellationToken, string? previousRunId = null)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await catalog.GetAsync(regionId, cancellationToken);
        var current = await FindAsync(regionId, runId, cancellationToken);
        // Run ids sort by creation time and are listed newest first: the previous run is the first one after this id.
        var previousId = previousRunId
            ?? ((await runs.ListMatchRunsAsync(regionId, new PageRequest(1, runId), cancellationToken)).Items is [var before, ..]
                ? before.Id
                : throw new FailedPreconditionException($"{RunName(regionId, runId)} is the region's first run; there is nothing to compare it with"));
        if (string.CompareOrdinal(previousId, runId) >= 0)
        {
            throw new FailedPreconditionException($"{RunName(regionId, previousId)} was not made before {RunName(regionId, runId)}");
        }
        var previous = await FindAsync(regionId, previousId, cancellationToken);
        var now = await proposals.ListProposalsInStatesAsync(regionId, Enum.GetValues<Domain.Proposals.ProposalState>(), cancellationToken);
        return RunChanges.Between(previous, current, now, caller.Audience);
    }

    public static string RunName(string regionId, string runId) => ResourceNames.MatchRun(regionId, runId);

    private static EligibilityIndex BuildIndex(MatchProblem problem)
    {
        try
        {
            return new EligibilityIndex(problem);
        }
        catch (AffordabilityConfigurationException e)
        {
            throw new FailedPreconditionException(
                $"{e.Message}. Set options.rent_year to a year whose limits are configured (e.g. {problem.RentYear - 1}), or configure the limits in config/affordability.json");
        }
    }

    private int RentYear(MatchRunRequest request)
    {
        var year = request.RentYear ?? request.Period.Start.Year;
        if (input.Affordability.HasYear(year))
        {
            return year;
        }
        var configured = string.Join(", ", input.Affordability.Years);
        if (request.RentYear is not null)
        {
            throw new DomainValidationException("options.rent_year", $"no rent limits are configured for {year}; configured years: {configured}");
        }
        throw new FailedPreconditionException($"no rent limits are configured for {year} (the year of period_start); set options.rent_year to one of {configured}");
    }

    private async Task<MatchRunAudience> AudienceAsync(Party party, string regionId, CancellationToken cancellationToken)
    {
        var region = await catalog.GetAsync(regionId, cancellationToken);
        return AccessPolicy.EnsureCanReadMatchRuns(party, region.Region);
    }

    private async Task<StoredMatchRun> FindAsync(string regionId, string runId, CancellationToken cancellationToken)
    {
        var record = await runs.GetMatchRunAsync(regionId, runId, cancellationToken) ?? throw new NotFoundException(RunName(regionId, runId));
        return StoredMatchRun.From(record);
    }

    private static T FieldPrefixed<T>(string prefix, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (DomainValidationException e)
        {
            throw e.WithFieldPrefix(prefix);
        }
    }

    private MatchPolicy WithTiers(IReadOnlyList<MatchGoal> order)
    {
        try
        {
            return (policy with { Tiers = order }).Validate();
        }
        catch (DomainValidationException e)
        {
            throw new DomainValidationException("options.tier_order", string.Join("; ", e.Violations.Select(v => v.Description)));
        }
    }

    private TimeSpan? UntilDeadline(DateTime? deadlineUtc) => deadlineUtc is { } deadline ? deadline - time.GetUtcNow().UtcDateTime : null;

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    public static string StatusName(SolveStatus status) => status.ToString().ToLowerInvariant();
}
