using System.Globalization;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Solver.Problem;

namespace BeschermdThuis.Matching.Solver.Eligibility;

/// <summary>
/// The hard rules, precomputed so that checking one client–unit pair is a handful of array reads and comparisons:
/// every geometric question (which neighbourhood, which care team covers a unit, which units lie near the
/// neighbourhood of origin) is answered once per unit or once per distinct origin zone, never per pair.
/// <see cref="FirstFailure"/> is the allocation-free fast path; <see cref="Evaluate"/> lists every failed rule with values.
/// Immutable after construction and safe to share between threads.
/// </summary>
public sealed class EligibilityIndex
{
    private readonly MatchProblem _problem;
    private readonly UnitFacts _units;
    private readonly ClientFacts _clients;
    private readonly NeighbourhoodFacts _neighbourhoods;
    private readonly int _periodEnd;
    private readonly int _today;
    private readonly int _daysBefore;
    private readonly int _daysAfter;

    public EligibilityIndex(MatchProblem problem)
    {
        _problem = problem;
        _neighbourhoods = new NeighbourhoodFacts(problem);
        _units = new UnitFacts(problem, _neighbourhoods);
        _clients = new ClientFacts(problem, _neighbourhoods, _units);
        _periodEnd = problem.Period.End.DayNumber;
        _today = problem.Today.DayNumber;
        _daysBefore = problem.Options.Policy.Availability.MaxDaysBeforeReadiness;
        _daysAfter = problem.Options.Policy.Availability.MaxDaysAfterReadiness;
    }

    public MatchProblem Problem => _problem;

    public int ClientCount => _problem.Clients.Count;

    public int UnitCount => _problem.Units.Count;

    internal UnitFacts Units => _units;

    internal ClientFacts Clients => _clients;

    internal NeighbourhoodFacts Neighbourhoods => _neighbourhoods;

    public int ClientIndex(ClientReference client) =>
        _clients.IndexOf.TryGetValue(client, out var i) ? i : throw new DomainValidationException("client", $"unknown client {client}");

    public int UnitIndex(string unitId) =>
        _units.IndexOf.TryGetValue(unitId, out var i) ? i : throw new DomainValidationException("unit", $"unknown unit {unitId}");

    /// <summary>The first rule the pair fails, in <see cref="RuleId"/> order, or null when the pair is eligible.</summary>
    public RuleId? FirstFailure(int client, int unit)
    {
        var c = _clients;
        var u = _units;
        if (c.Excluded[client].Length > 0 && Array.BinarySearch(c.Excluded[client], unit) >= 0)
        {
            return RuleId.PairExcluded;
        }
        if (!AvailabilityFits(client, unit))
        {
            return RuleId.AvailabilityWindow;
        }
        var nb = u.Neighbourhood[unit];
        if (!_neighbourhoods.Open[nb])
        {
            return RuleId.AreaCapacity;
        }
        if (u.Rent[unit] > c.MaxRent[client])
        {
            return RuleId.RentMax;
        }
        if (u.Rooms[unit] < c.RoomsNeeded[client])
        {
            return RuleId.HouseholdRooms;
        }
        if (c.StepFree[client] && !u.StepFree[unit])
        {
            return RuleId.NeedsStepFree;
        }
        if (c.GroundFloor[client] && !u.GroundFloor[unit])
        {
            return RuleId.NeedsGroundFloor;
        }
        if ((c.TypeMask[client] & (1 << u.DwellingType[unit])) == 0)
        {
            return RuleId.WishDwellingType;
        }
        if (Bits.Test(c.AvoidNeighbourhoods[client], nb))
        {
            return RuleId.RecoveryAvoidArea;
        }
        if (c.OriginZone[client] is { } zone && Bits.Test(zone, unit))
        {
            return RuleId.RecoveryAvoidOrigin;
        }
        if (_neighbourhoods.Existing[nb] + 1 > c.MaxPeers[client])
        {
            return RuleId.RecoveryMaxPeers;
        }
        if (!WithinAnchors(client, unit))
        {
            return RuleId.SupportMaxDistance;
        }
        if (!u.CoveredByAnyTeam[unit])
        {
            return RuleId.CareCoverage;
        }
        if (!KeepsOwnTeam(client, unit) && !u.CoveredWithRoom[unit])
        {
            return RuleId.CareCaseload;
        }
        return null;
    }

    public bool IsEligible(int client, int unit) => FirstFailure(client, unit) is null;

    /// <summary>True when the client's current care team covers the unit, so the team goes on and no new caseload is needed.</summary>
    public bool KeepsOwnTeam(int client, int unit)
    {
        var team = _clients.Team[client];
        return team >= 0 && Bits.Test(_units.Teams[unit], team);
    }

    /// <summary>Every rule the pair fails, with the values that decided it.</summary>
    public IReadOnlyList<RuleFailure> Evaluate(int client, int unit)
    {
        var failures = new List<RuleFailure>();
        var cl = _problem.Clients[client];
        var un = _problem.Units[unit];
        var c = _clients;
        var u = _units;
        var nb = u.Neighbourhood[unit];
        if (c.Excluded[client].Length > 0 && Array.BinarySearch(c.Excluded[client], unit) >= 0)
        {
            failures.Add(new(RuleId.PairExcluded, "declined earlier"));
        }
        if (!AvailabilityFits(client, unit))
        {
            failures.Add(new(RuleId.AvailabilityWindow, AvailabilityDetail(cl, un.AvailableFrom)));
        }
        if (!_neighbourhoods.Open[nb])
        {
            failures.Add(new(RuleId.AreaCapacity, _neighbourhoods.CapacityDetail(nb)));
        }
        if (u.Rent[unit] > c.MaxRent[client])
        {
            failures.Add(new(RuleId.RentMax, c.MaxRent[client] < 0
                ? $"rent {new EuroCents(u.Rent[unit])}; income band {cl.IncomeBand} gives no right to social rent"
                : $"rent {new EuroCents(u.Rent[unit])} > limit {new EuroCents(c.MaxRent[client])}"));
        }
        if (u.Rooms[unit] < c.RoomsNeeded[client])
        {
            failures.Add(new(RuleId.HouseholdRooms, $"rooms {u.Rooms[unit]} < needed {c.RoomsNeeded[client]} (household of {cl.HouseholdSize})"));
        }
        if (c.StepFree[client] && !u.StepFree[unit])
        {
            failures.Add(new(RuleId.NeedsStepFree, $"not step-free (floor {un.Access.Floor})"));
        }
        if (c.GroundFloor[client] && !u.GroundFloor[unit])
        {
            failures.Add(new(RuleId.NeedsGroundFloor, $"floor {un.Access.Floor} is not the ground floor"));
        }
        if ((c.TypeMask[client] & (1 << u.DwellingType[unit])) == 0)
        {
            failures.Add(new(RuleId.WishDwellingType, $"type {un.DwellingType} is not among the accepted types ({string.Join(", ", cl.Wishes.DwellingTypes.Select(d => d.DwellingType))})"));
        }
        if (Bits.Test(c.AvoidNeighbourhoods[client], nb))
        {
            var area = cl.Recovery.AvoidAreas.First(a => a.Contains(un.Neighbourhood));
            failures.Add(new(RuleId.RecoveryAvoidArea, $"{un.Neighbourhood} lies in avoided area {area}"));
        }
        if (c.OriginZone[client] is { } zone && Bits.Test(zone, unit))
        {
            var origin = cl.Recovery.AvoidOrigin!;
            failures.Add(new(RuleId.RecoveryAvoidOrigin, origin.RadiusMetres == 0
                ? $"{un.Neighbourhood} is the neighbourhood of origin"
                : $"within {origin.RadiusMetres} m of neighbourhood of origin {origin.Origin}"));
        }
        if (_neighbourhoods.Existing[nb] + 1 > c.MaxPeers[client])
        {
            failures.Add(new(RuleId.RecoveryMaxPeers, $"{un.Neighbourhood} has {_neighbourhoods.Existing[nb]} protected homes; client accepts at most {c.MaxPeers[client]} peers including the new home"));
        }
        for (var a = c.AnchorStart[client]; a < c.AnchorStart[client + 1]; a++)
        {
            var distance = Distance(c.AnchorX[a], c.AnchorY[a], u.X[unit], u.Y[unit]);
            if (distance > c.AnchorMax[a])
            {
                failures.Add(new(RuleId.SupportMaxDistance, FormattableString.Invariant(
                    $"{Math.Round(distance):0} m from {cl.Recovery.SupportAnchors[a - c.AnchorStart[client]].Kind} > max {c.AnchorMax[a]:0} m")));
            }
        }
        if (!u.CoveredByAnyTeam[unit])
        {
            failures.Add(new(RuleId.CareCoverage, $"no care team covers {un.Neighbourhood}"));
        }
        else if (!KeepsOwnTeam(client, unit) && !u.CoveredWithRoom[unit])
        {
            failures.Add(new(RuleId.CareCaseload, $"care teams covering the unit have no free caseload ({string.Join(", ", u.TeamsCovering(unit).Select(t => _problem.CareTeams[t].Id))})"));
        }
        return failures;
    }

    /// <summary>
    /// All eligible pairs, client by client; the only pairs the model gets variables for. Each client's row is the AND
    /// of precomputed unit sets (<see cref="UnitSets"/>), so the cost grows with clients × units / 64, not per pair;
    /// the result equals checking <see cref="FirstFailure"/> for every pair (a test holds it to that).
    /// </summary>
    public EligiblePairs FindEligiblePairs()
    {
        var sets = new UnitSets(_units, _neighbourhoods, _today, _periodEnd);
        var c = _clients;
        var words = sets.Words;
        var row = new ulong[words];
        var avoided = new ulong[words];
        var clients = new List<int>();
        var units = new List<int>();
        for (var client = 0; client < ClientCount; client++)
        {
            var ready = c.Ready[client];
            var window = sets.MoveDayBetween(ready - _daysBefore, Math.Max(ready, _today) + _daysAfter);
            var rent = sets.RentAtMost(c.MaxRent[client]);
            var rooms = sets.RoomsAtLeast(c.RoomsNeeded[client]);
            var types = sets.TypeIn(c.TypeMask[client]);
            var peers = sets.PeersWithin(c.MaxPeers[client]);
            var caseload = sets.Caseload(c.Team[client]);
            for (var w = 0; w < words; w++)
            {
                row[w] = sets.Base[w] & window[w] & rent[w] & rooms[w] & types[w] & peers[w] & caseload[w];
            }
            if (c.StepFree[client])
            {
                And(row, sets.StepFree);
            }
            if (c.GroundFloor[client])
            {
                And(row, sets.GroundFloor);
            }
            if (c.OriginZone[client] is { } zone)
            {
                AndNot(row, zone);
            }
            if (AvoidedUnits(client, avoided))
            {
                AndNot(row, avoided);
            }
            for (var a = c.AnchorStart[client]; a < c.AnchorStart[client + 1]; a++)
            {
                And(row, sets.WithinAnchor(c.AnchorX[a], c.AnchorY[a], c.AnchorMax[a]));
            }
            foreach (var unit in c.Excluded[client])
            {
                row[unit >> 6] &= ~(1UL << (unit & 63));
            }
            for (var w = 0; w < words; w++)
            {
                for (var bits = row[w]; bits != 0; bits &= bits - 1)
                {
                    clients.Add(client);
                    units.Add((w << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits));
                }
            }
        }
        return new EligiblePairs([.. clients], [.. units]);
    }

    private bool AvoidedUnits(int client, ulong[] avoided)
    {
        var areas = _clients.AvoidNeighbourhoods[client];
        if (Array.TrueForAll(areas, w => w == 0))
        {
            return false;
        }
        Array.Clear(avoided);
        for (var u = 0; u < UnitCount; u++)
        {
            if (Bits.Test(areas, _units.Neighbourhood[u]))
            {
                Bits.Set(avoided, u);
            }
        }
        return true;
    }

    private static void And(ulong[] row, ulong[] set)
    {
        for (var w = 0; w < row.Length; w++)
        {
            row[w] &= set[w];
        }
    }

    private static void AndNot(ulong[] row, ulong[] set)
    {
        for (var w = 0; w < row.Length; w++)
        {
            row[w] &= ~set[w];
        }
    }

    /// <summary>Distance in metres (RD New) from the unit to the client's nearest support anchor, else to the current care team's base; null when neither exists.</summary>
    public double? SupportDistance(int client, int unit)
    {
        var c = _clients;
        double? best = null;
        for (var a = c.AnchorStart[client]; a < c.AnchorStart[client + 1]; a++)
        {
            var d = Distance(c.AnchorX[a], c.AnchorY[a], _units.X[unit], _units.Y[unit]);
            best = best is null ? d : Math.Min(best.Value, d);
        }
        if (best is null && c.Team[client] >= 0)
        {
            var b = _units.TeamBases[c.Team[client]];
            best = Distance(b.X, b.Y, _units.X[unit], _units.Y[unit]);
        }
        return best;
    }

    private bool AvailabilityFits(int client, int unit)
    {
        var available = _units.Available[unit];
        if (available > _periodEnd)
        {
            return false;
        }
        var ready = _clients.Ready[client];
        var move = Math.Max(available, _today);
        return move >= ready - _daysBefore && move <= Math.Max(ready, _today) + _daysAfter;
    }

    private string AvailabilityDetail(Client client, DateOnly availableFrom)
    {
        if (availableFrom.DayNumber > _periodEnd)
        {
            return string.Create(CultureInfo.InvariantCulture, $"available {availableFrom:yyyy-MM-dd}, after the period ends {_problem.Period.End:yyyy-MM-dd}");
        }
        return string.Create(CultureInfo.InvariantCulture,
            $"available {availableFrom:yyyy-MM-dd}, client ready {client.ReadinessDate:yyyy-MM-dd}; window is {_daysBefore} days before to {_daysAfter} days after readiness");
    }

    private bool WithinAnchors(int client, int unit)
    {
        var c = _clients;
        for (var a = c.AnchorStart[client]; a < c.AnchorStart[client + 1]; a++)
        {
            var dx = c.AnchorX[a] - _units.X[unit];
            var dy = c.AnchorY[a] - _units.Y[unit];
            if (dx * dx + dy * dy > c.AnchorMax[a] * c.AnchorMax[a])
            {
                return false;
            }
        }
        return true;
    }

    private static double Distance(double x1, double y1, double x2, double y2) => Math.Sqrt((x1 - x2) * (x1 - x2) + (y1 - y2) * (y1 - y2));
}
