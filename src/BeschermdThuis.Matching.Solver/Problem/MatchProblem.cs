using BeschermdThuis.Matching.Domain.Affordability;
using BeschermdThuis.Matching.Domain.Agreements;
using BeschermdThuis.Matching.Domain.Care;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.Solver.Problem;

/// <summary>
/// Everything one match needs, and nothing read from a clock or a database: the neighbourhoods with their load,
/// the units offered, the clients waiting, care teams, agreements, the affordability rules of <see cref="RentYear"/>,
/// the placement <see cref="Period"/>, the day the match is made (<see cref="Today"/>), pinned and excluded pairs,
/// and the options. The caller decides which units and clients take part; statuses are not re-checked here.
/// </summary>
public sealed record MatchProblem
{
    public MatchProblem(
        LoadLimits regionDefaultLimits,
        IReadOnlyList<Neighbourhood> neighbourhoods,
        IReadOnlyList<HousingUnit> units,
        IReadOnlyList<Client> clients,
        IReadOnlyList<CareTeam> careTeams,
        IReadOnlyList<PerformanceAgreement> agreements,
        AffordabilityPolicy affordability,
        int rentYear,
        DateRange period,
        DateOnly today,
        IReadOnlyList<ClientUnitPair> pinned,
        IReadOnlyList<ClientUnitPair> excluded,
        MatchOptions options,
        IReadOnlyDictionary<string, int>? placedEarlier = null,
        IReadOnlyDictionary<NeighbourhoodCode, int>? newPlacementsEarlier = null)
    {
        placedEarlier ??= new Dictionary<string, int>(StringComparer.Ordinal);
        newPlacementsEarlier ??= new Dictionary<NeighbourhoodCode, int>();
        Validate(neighbourhoods, units, clients, careTeams, agreements, affordability, rentYear, pinned, excluded, placedEarlier);
        ValidateNewPlacementsEarlier(neighbourhoods, newPlacementsEarlier);
        RegionDefaultLimits = regionDefaultLimits;
        Neighbourhoods = neighbourhoods;
        Units = units;
        Clients = clients;
        CareTeams = careTeams;
        Agreements = agreements;
        Affordability = affordability;
        RentYear = rentYear;
        Period = period;
        Today = today;
        Pinned = pinned;
        Excluded = excluded;
        Options = options;
        PlacedEarlier = placedEarlier;
        NewPlacementsEarlier = newPlacementsEarlier;
        Quotas = [.. agreements.Select(a => AgreementQuota.For(a, period, placedEarlier.GetValueOrDefault(a.Id)))];
    }

    public LoadLimits RegionDefaultLimits { get; }

    public IReadOnlyList<Neighbourhood> Neighbourhoods { get; }

    public IReadOnlyList<HousingUnit> Units { get; }

    public IReadOnlyList<Client> Clients { get; }

    public IReadOnlyList<CareTeam> CareTeams { get; }

    public IReadOnlyList<PerformanceAgreement> Agreements { get; }

    public AffordabilityPolicy Affordability { get; }

    public int RentYear { get; }

    public DateRange Period { get; }

    public DateOnly Today { get; }

    public IReadOnlyList<ClientUnitPair> Pinned { get; }

    public IReadOnlyList<ClientUnitPair> Excluded { get; }

    public MatchOptions Options { get; }

    /// <summary>Per agreement id: the placements made under it before this match (signed tenancies).</summary>
    public IReadOnlyDictionary<string, int> PlacedEarlier { get; }

    /// <summary>
    /// Per neighbourhood: the new placements already made in <see cref="Period"/> (signed tenancies), which use up part of
    /// its new-placement limit.
    /// </summary>
    public IReadOnlyDictionary<NeighbourhoodCode, int> NewPlacementsEarlier { get; }

    /// <summary>Per agreement, in the same order: what it asks of this match's period (<see cref="AgreementQuota"/>).</summary>
    public IReadOnlyList<AgreementQuota> Quotas { get; }

    /// <summary>What the engine relies on: ids unique per kind, every reference known, pins consistent.</summary>
    private static void Validate(
        IReadOnlyList<Neighbourhood> neighbourhoods,
        IReadOnlyList<HousingUnit> units,
        IReadOnlyList<Client> clients,
        IReadOnlyList<CareTeam> careTeams,
        IReadOnlyList<PerformanceAgreement> agreements,
        AffordabilityPolicy affordability,
        int rentYear,
        IReadOnlyList<ClientUnitPair> pinned,
        IReadOnlyList<ClientUnitPair> excluded,
        IReadOnlyDictionary<string, int> placedEarlier)
    {
        var codes = neighbourhoods.Select(n => n.Code).ToHashSet();
        var unitIds = units.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var clientRefs = clients.Select(c => c.Reference).ToHashSet();
        var v = new Validator()
            .Require(neighbourhoods.Count > 0, "neighbourhoods", "at least one neighbourhood is needed")
            .Require(codes.Count == neighbourhoods.Count, "neighbourhoods", "codes must be unique")
            .Require(unitIds.Count == units.Count, "units", "ids must be unique")
            .Require(clientRefs.Count == clients.Count, "clients", "references must be unique")
            .Require(careTeams.Select(t => t.Id).Distinct(StringComparer.Ordinal).Count() == careTeams.Count, "care_teams", "ids must be unique")
            .Require(agreements.Select(a => a.Id).Distinct(StringComparer.Ordinal).Count() == agreements.Count, "agreements", "ids must be unique")
            .Require(affordability.HasYear(rentYear), "rent_year", $"no rent limits are configured for {rentYear}");
        foreach (var unit in units.Where(u => !codes.Contains(u.Neighbourhood)))
        {
            v.Require(false, "units", $"unit {unit.Id} lies in {unit.Neighbourhood}, which is not among the neighbourhoods");
        }
        foreach (var (pair, field) in pinned.Select(p => (p, "pinned")).Concat(excluded.Select(p => (p, "excluded"))))
        {
            v.Require(clientRefs.Contains(pair.Client), field, $"{pair}: unknown client")
             .Require(unitIds.Contains(pair.UnitId), field, $"{pair}: unknown unit");
        }
        var agreementIds = agreements.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (id, count) in placedEarlier)
        {
            v.Require(agreementIds.Contains(id), "placed_earlier", $"{id}: unknown agreement")
             .Require(count >= 0, "placed_earlier", $"{id}: must not be negative");
        }
        v.Require(pinned.Select(p => p.Client).Distinct().Count() == pinned.Count, "pinned", "a client can be pinned to one unit only")
         .Require(pinned.Select(p => p.UnitId).Distinct(StringComparer.Ordinal).Count() == pinned.Count, "pinned", "a unit can be pinned to one client only")
         .Require(!pinned.Intersect(excluded).Any(), "pinned", "a pair cannot be both pinned and excluded")
         .ThrowIfInvalid();
    }

    /// <summary>The same problem with one more pin (used by WhyNot).</summary>
    public MatchProblem WithPin(ClientUnitPair pair) =>
        new(RegionDefaultLimits, Neighbourhoods, Units, Clients, CareTeams, Agreements, Affordability, RentYear, Period, Today,
            [.. Pinned, pair], Excluded, Options, PlacedEarlier, NewPlacementsEarlier);

    public MatchProblem WithOptions(MatchOptions options) =>
        new(RegionDefaultLimits, Neighbourhoods, Units, Clients, CareTeams, Agreements, Affordability, RentYear, Period, Today,
            Pinned, Excluded, options, PlacedEarlier, NewPlacementsEarlier);

    private static void ValidateNewPlacementsEarlier(IReadOnlyList<Neighbourhood> neighbourhoods, IReadOnlyDictionary<NeighbourhoodCode, int> earlier)
    {
        var codes = neighbourhoods.Select(n => n.Code).ToHashSet();
        var v = new Validator();
        foreach (var (code, count) in earlier)
        {
            v.Require(codes.Contains(code), "new_placements_earlier", $"{code}: unknown neighbourhood")
             .Require(count >= 0, "new_placements_earlier", $"{code}: must not be negative");
        }
        v.ThrowIfInvalid();
    }
}
