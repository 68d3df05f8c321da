using BeschermdThuis.Matching.Domain.Agreements;
using BeschermdThuis.Matching.Domain.Care;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Simulation.Scenarios;
using BeschermdThuis.Matching.Simulation.Trace;
using BeschermdThuis.Matching.Solver.Problem;

namespace BeschermdThuis.Matching.Simulation.Loop;

/// <summary>
/// The state of one replication between periods, private to its run: who waits (in arrival order), which units are
/// free (in offer order), the declined pairs, and what the placements so far did to the neighbourhoods, the care
/// teams and the agreements. <see cref="ProblemFor"/> feeds the engine exactly what the service would: declined pairs
/// excluded, signed tenancies counted among the protected homes, the teams' caseload and the agreements' placements.
/// </summary>
internal sealed class ReplicationState
{
    private readonly Scenario _scenario;
    private readonly RegionReference _region;
    private readonly IReadOnlyList<PerformanceAgreement> _agreements;
    private readonly Neighbourhood[] _neighbourhoods;
    private readonly Dictionary<NeighbourhoodCode, int> _neighbourhoodIndex;
    private readonly int[] _homes;
    private readonly int[] _caseload;
    private readonly Dictionary<string, int> _placedUnder = new(StringComparer.Ordinal);
    private readonly List<ClientUnitPair> _declined = [];
    private readonly MatchOptions _options;

    public ReplicationState(Scenario scenario, RegionReference region)
    {
        _scenario = scenario;
        _region = region;
        _agreements = [.. scenario.Agreements.Select(a => a.For(scenario.Horizon))];
        var overrides = scenario.Limits.Overrides.ToDictionary(o => o.Neighbourhood, o => new LoadLimits(o.NewPlacementsPerPeriod, o.MaxProtectedHomesPerThousandInhabitants));
        _neighbourhoods = [.. region.Neighbourhoods.Select(n => overrides.TryGetValue(n.Code, out var limits)
            ? new Neighbourhood(n.Code, n.Name, n.Boundary, n.Inhabitants, n.InhabitantsEstimated, n.ExistingProtectedHomes, limits)
            : n)];
        _neighbourhoodIndex = _neighbourhoods.Select((n, i) => (n.Code, i)).ToDictionary(x => x.Code, x => x.i);
        _homes = [.. _neighbourhoods.Select(n => n.ExistingProtectedHomes)];
        HomesAtStart = [.. _homes];
        _caseload = [.. region.CareTeams.Select(t => t.CurrentCaseload)];
        // One worker and a fixed seed, no time limit: the engine's answer depends on its input only.
        _options = new MatchOptions(scenario.Policy, timeLimit: null, workers: 1, randomSeed: 1, deterministicSearch: true);
    }

    public List<(Client Client, ClientArrival Arrival)> Waiting { get; } = [];

    public List<HousingUnit> Free { get; } = [];

    public IReadOnlyList<PerformanceAgreement> Agreements => _agreements;

    public IReadOnlyList<Neighbourhood> Neighbourhoods => _neighbourhoods;

    public int ExcludedCount { get; private set; }

    /// <summary>Protected homes per neighbourhood (in <see cref="Neighbourhoods"/> order) before the first period.</summary>
    public IReadOnlyList<int> HomesAtStart { get; }

    public MatchProblem ProblemFor(DateRange period)
    {
        var clients = Waiting.Select(w => w.Client).ToList();
        var units = Free.ToList();
        var clientRefs = clients.Select(c => c.Reference).ToHashSet();
        var unitIds = units.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var excluded = _declined.Where(p => clientRefs.Contains(p.Client) && unitIds.Contains(p.UnitId)).ToList();
        ExcludedCount = excluded.Count;
        var teams = _region.CareTeams.Select((t, i) => _caseload[i] == t.CurrentCaseload ? t
            : new CareTeam(t.Id, t.Provider, t.ServiceArea, t.Base, t.CaseloadCapacity, Math.Min(_caseload[i], DomainRanges.MaxCaseload))).ToList();
        return new MatchProblem(_scenario.Limits.Default, _neighbourhoods, units, clients, teams,
            _scenario.Quota == QuotaMode.PerCorporation ? _agreements : [], _region.Affordability, _scenario.RentYear, period, period.Start,
            [], excluded, _options, _scenario.Quota == QuotaMode.PerCorporation ? new Dictionary<string, int>(_placedUnder, StringComparer.Ordinal) : null);
    }

    /// <summary>A declined pair: never proposed again (the proposal workflow's exclusion).</summary>
    public void Decline(ClientReference client, string unitId) => _declined.Add(new ClientUnitPair(client, unitId));

    /// <summary>A signed tenancy: the client and the unit leave, the neighbourhood gains a protected home, the team a client.</summary>
    public IReadOnlyList<string> Place(Client client, HousingUnit unit, string? careTeamId, DateOnly move)
    {
        Waiting.RemoveAll(w => w.Client.Reference == client.Reference);
        Free.RemoveAll(u => u.Id == unit.Id);
        var b = _neighbourhoodIndex[unit.Neighbourhood];
        _homes[b]++;
        var n = _neighbourhoods[b];
        _neighbourhoods[b] = new Neighbourhood(n.Code, n.Name, n.Boundary, n.Inhabitants, n.InhabitantsEstimated,
            Math.Min(_homes[b], Math.Min(n.Inhabitants, DomainRanges.MaxExistingProtectedHomes)), n.LimitsOverride);
        var team = careTeamId is null ? -1 : _region.CareTeams.Select(t => t.Id).ToList().IndexOf(careTeamId);
        if (team >= 0)
        {
            _caseload[team]++;
        }
        var under = _agreements.Where(a => a.Covers(unit) && a.Period.Contains(move)).Select(a => a.Id).ToList();
        foreach (var id in under)
        {
            _placedUnder[id] = _placedUnder.GetValueOrDefault(id) + 1;
        }
        return under;
    }

    /// <summary>Support that ends: every team frees some slots, never below its caseload at the start.</summary>
    public void ReleaseCaseload()
    {
        for (var t = 0; t < _caseload.Length; t++)
        {
            _caseload[t] = Math.Max(_region.CareTeams[t].CurrentCaseload, _caseload[t] - _scenario.Care.CaseloadReleasedPerTeamPerPeriod);
        }
    }
}
