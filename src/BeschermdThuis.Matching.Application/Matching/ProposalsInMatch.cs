using BeschermdThuis.Matching.Application.Proposals;
using BeschermdThuis.Matching.Domain.Agreements;
using BeschermdThuis.Matching.Domain.Care;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Solver.Problem;

namespace BeschermdThuis.Matching.Application.Matching;

/// <summary>
/// What the proposals so far mean for the next match (issue 11, items 3–5):
/// <list type="bullet">
/// <item>an active proposal keeps its pair: pinned, so a re-match does not disrupt it;</item>
/// <item>a declined pair (and an expired or withdrawn one where the policy says so) is excluded until a desk overrides it;</item>
/// <item>a signed tenancy is a placement: a protected home in its neighbourhood (peer limits, ceiling), a new placement
/// there when the move falls in the period, a unit delivered under the agreement of the unit's corporation and
/// municipality, and a slot of the caseload of the client's current care team (which moves with the client).</item>
/// </list>
/// The signed client and unit are housed and let, so they no longer take part themselves.
/// </summary>
internal sealed record ProposalsInMatch(
    IReadOnlyList<ClientUnitPair> Pinned,
    IReadOnlyList<ClientUnitPair> Excluded,
    IReadOnlyList<Proposal> Signed)
{
    public static async Task<ProposalsInMatch> LoadAsync(
        IProposalRepository proposals, ProposalPolicy policy, string regionId, IReadOnlyList<HousingUnit> units, IReadOnlyList<Client> waiting,
        CancellationToken cancellationToken)
    {
        var unitKeys = units.Select(u => (u.CorporationId, u.Id)).ToHashSet();
        var clientKeys = waiting.Select(c => (c.ResponsibleMunicipality, c.Reference)).ToHashSet();
        bool TakesPart(MunicipalityCode m, ClientReference c, string corporation, string unit) =>
            clientKeys.Contains((m, c)) && unitKeys.Contains((corporation, unit));

        var active = await proposals.ListProposalsInStatesAsync(regionId, ProposalStates.Active, cancellationToken);
        var pinned = active
            .Where(p => TakesPart(p.Municipality, p.Client, p.CorporationId, p.UnitId))
            .Select(p => new ClientUnitPair(p.Client, p.UnitId))
            .ToList();
        var excluded = (await ExcludedPairs.ListAsync(proposals, policy, regionId, cancellationToken))
            .Where(k => TakesPart(k.Municipality, k.Client, k.CorporationId, k.UnitId))
            .Select(k => new ClientUnitPair(k.Client, k.UnitId))
            .Except(pinned)
            .ToList();
        var signed = await proposals.ListProposalsInStatesAsync(regionId, [ProposalState.TenancySigned], cancellationToken);
        return new ProposalsInMatch(pinned, excluded, signed);
    }

    /// <summary>The neighbourhoods with the signed tenancies counted among their protected homes.</summary>
    public IReadOnlyList<Neighbourhood> WithSignedHomes(IReadOnlyList<Neighbourhood> neighbourhoods)
    {
        var homes = Signed.GroupBy(p => p.Neighbourhood).ToDictionary(g => g.Key, g => g.Count());
        return [.. neighbourhoods.Select(n => homes.TryGetValue(n.Code, out var more)
            ? new Neighbourhood(n.Code, n.Name, n.Boundary, n.Inhabitants, n.InhabitantsEstimated,
                Math.Min(n.ExistingProtectedHomes + more, Math.Min(n.Inhabitants, DomainRanges.MaxExistingProtectedHomes)), n.LimitsOverride)
            : n)];
    }

    /// <summary>Per neighbourhood, the signed tenancies whose move falls in <paramref name="period"/>.</summary>
    public IReadOnlyDictionary<NeighbourhoodCode, int> NewPlacementsIn(DateRange period) =>
        Signed.Where(p => p.MoveDate is { } move && period.Contains(move))
            .GroupBy(p => p.Neighbourhood)
            .ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Per agreement, the signed tenancies it covers (the unit's corporation and municipality, the move in its period).</summary>
    public IReadOnlyDictionary<string, int> PlacedUnder(IReadOnlyList<PerformanceAgreement> agreements) =>
        agreements.ToDictionary(
            a => a.Id,
            a => Signed.Count(p => p.CorporationId == a.CorporationId && p.Neighbourhood.Municipality == a.Municipality
                && p.MoveDate is { } move && a.Period.Contains(move)),
            StringComparer.Ordinal);

    /// <summary>The care teams with a caseload slot taken for every housed client they now support.</summary>
    public IReadOnlyList<CareTeam> WithHousedClients(IReadOnlyList<CareTeam> teams, IReadOnlyList<Client> housed)
    {
        var signedClients = Signed.Select(p => (p.Municipality, p.Client)).ToHashSet();
        var slots = housed
            .Where(c => c.CareTeamId is not null && signedClients.Contains((c.ResponsibleMunicipality, c.Reference)))
            .GroupBy(c => c.CareTeamId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return [.. teams.Select(t => slots.TryGetValue(t.Id, out var more)
            ? new CareTeam(t.Id, t.Provider, t.ServiceArea, t.Base, t.CaseloadCapacity, Math.Min(t.CurrentCaseload + more, DomainRanges.MaxCaseload))
            : t)];
    }
}
