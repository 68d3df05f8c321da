using BeschermdThuis.Matching.Application.Matching;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Application.Proposals;

/// <summary>
/// Principle 3, nobody leaves into homelessness: the clients past their readiness date who have no accepted proposal (none
/// accepted by the client, no tenancy signed), most days waiting first, each with the state of their open proposal and the
/// reason the region's latest match run gave. A desk sees its own municipality's clients; the local command line all.
/// </summary>
/// <remarks>
/// A proposal whose response deadline has passed counts as expired here even before the sweep has written it, so the
/// report never shows a client as taken care of by a proposal that is already dead.
/// </remarks>
public sealed class WaitingReport(
    RegionCatalog catalog, IClientRepository clients, IProposalRepository proposals, IMatchRunRepository runs, TimeProvider time)
{
    // Still looking for a home: waiting, or (where a flow marks it) with a proposal out.
    private static readonly ClientStatus[] NotHoused = [ClientStatus.Waiting, ClientStatus.Proposed];

    private static readonly ProposalState[] Accepted = [ProposalState.AcceptedByClient, ProposalState.TenancySigned];

    /// <summary>A desk's report: the clients of its own municipality (the desk must belong to the region).</summary>
    public async Task<WaitingList> ListAsync(Party party, string regionId, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var region = await catalog.GetAsync(regionId, cancellationToken);
        var audience = AccessPolicy.EnsureCanReadMatchRuns(party, region.Region);
        if (audience.Visibility != MatchRunVisibility.Municipality)
        {
            throw new PermissionDeniedException(
                $"{party.Kind} '{party.Id}' may not do this: the waiting clients are listed for the desk of their municipality only");
        }
        return await ListAsync(audience, regionId, asOf, cancellationToken);
    }

    /// <summary>
    /// The report for an audience: <see cref="MatchRunAudience.Full"/> (the local command line) or one desk's.
    /// <paramref name="asOf"/> defaults to today (UTC) on the <see cref="TimeProvider"/>.
    /// </summary>
    public async Task<WaitingList> ListAsync(MatchRunAudience audience, string regionId, DateOnly? asOf, CancellationToken cancellationToken)
    {
        if (audience.Visibility == MatchRunVisibility.Aggregates)
        {
            throw new PermissionDeniedException("the waiting clients are listed for their desk only; aggregates are in the region's load");
        }
        await catalog.GetAsync(regionId, cancellationToken);
        var now = time.GetUtcNow();
        var day = asOf ?? DateOnly.FromDateTime(now.UtcDateTime);
        var waiting = new List<Client>();
        foreach (var status in NotHoused)
        {
            waiting.AddRange((await clients.ListClientsInRegionAsync(regionId, status, cancellationToken))
                .Where(c => c.ReadinessDate < day && audience.SeesClientOf(c.ResponsibleMunicipality.Value)));
        }
        var byClient = (await proposals.ListProposalsInStatesAsync(regionId, [.. ProposalStates.Open, ProposalState.TenancySigned], cancellationToken))
            .Where(p => !(p.State.IsActive() && p.IsOverdue(now)))
            .ToLookup(p => (p.Municipality, p.Client));
        var latest = await LatestRunAsync(regionId, cancellationToken);
        var explanations = latest?.Explanations.Clients.ToDictionary(e => e.Client, StringComparer.Ordinal) ?? [];
        var lines = waiting
            .Where(c => !byClient[(c.ResponsibleMunicipality, c.Reference)].Any(p => Accepted.Contains(p.State)))
            .Select(c => Line(c, day, Open(byClient[(c.ResponsibleMunicipality, c.Reference)]), explanations))
            .OrderBy(l => l.ReadinessDate)
            .ThenBy(l => l.Municipality.Value, StringComparer.Ordinal)
            .ThenBy(l => l.Client.Value, StringComparer.Ordinal)
            .ToList();
        return new WaitingList(day, latest?.Summary, lines);
    }

    private static WaitingClient Line(Client client, DateOnly day, Proposal? open, Dictionary<string, ExplanationDocument> explanations) => new(
        client.ResponsibleMunicipality,
        client.Reference,
        client.ReadinessDate,
        day.DayNumber - client.ReadinessDate.DayNumber,
        open?.State,
        open?.Id,
        explanations.GetValueOrDefault(ResourceNames.Client(client.ResponsibleMunicipality, client.Reference)));

    // The proposal that speaks for the client now: the active one (at most one), else the newest draft.
    private static Proposal? Open(IEnumerable<Proposal> proposals) =>
        proposals.Where(p => p.State.IsActive()).FirstOrDefault()
        ?? proposals.Where(p => p.State == ProposalState.Draft).OrderByDescending(p => p.CreatedAt).FirstOrDefault();

    private async Task<StoredMatchRun?> LatestRunAsync(string regionId, CancellationToken cancellationToken)
    {
        var newest = (await runs.ListMatchRunsAsync(regionId, new PageRequest(1, null), cancellationToken)).Items;
        if (newest.Count == 0)
        {
            return null;
        }
        var record = await runs.GetMatchRunAsync(regionId, newest[0].Id, cancellationToken);
        return record is null ? null : StoredMatchRun.From(record);
    }
}

/// <summary>The waiting clients as of <see cref="AsOf"/>, with the region's latest match run the reasons come from (null: none yet).</summary>
public sealed record WaitingList(DateOnly AsOf, MatchRunSummary? LatestRun, IReadOnlyList<WaitingClient> Clients)
{
    /// <summary>
    /// Why the client is still waiting, in Dutch (B1) or English: the explanation of the latest run, or that the latest run
    /// did not include the client (it became ready or was registered after it, or was not ready in its period), or that there is no run.
    /// </summary>
    public string Reason(WaitingClient client, bool dutch) => (client.Explanation, LatestRun) switch
    {
        ({ } explanation, _) => dutch ? explanation.TextNl : explanation.TextEn,
        (null, null) => dutch ? "Er is nog geen koppeling gemaakt." : "No match has been run yet.",
        (null, { } run) => dutch
            ? $"Niet meegenomen in de laatste koppeling ({run.Id}, {run.CreatedAt:yyyy-MM-dd})."
            : $"Not included in the latest match run ({run.Id}, {run.CreatedAt:yyyy-MM-dd}).",
    };
}

/// <summary>
/// One client past their readiness date without an accepted proposal. <see cref="ProposalState"/> and
/// <see cref="ProposalId"/> are those of the client's open proposal (the active one, else the newest draft), or null;
/// <see cref="Explanation"/> is the client's explanation in the latest match run, or null when that run did not include the client.
/// </summary>
public sealed record WaitingClient(
    MunicipalityCode Municipality,
    ClientReference Client,
    DateOnly ReadinessDate,
    int DaysPastReadiness,
    ProposalState? ProposalState,
    string? ProposalId,
    ExplanationDocument? Explanation)
{
    public string Name => ResourceNames.Client(Municipality, Client);
}
