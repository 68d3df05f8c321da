using BeschermdThuis.Matching.Domain.Care;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Solver.Problem;
using NetTopologySuite.Geometries;

namespace BeschermdThuis.Matching.Solver.Tests;

/// <summary>
/// An independent checker: every hard rule re-implemented plainly from the domain records (no engine code), applied
/// to a set of (client, unit, care team) placements. Slow and simple on purpose.
/// </summary>
internal static class Checker
{
    private static readonly GeometryFactory Rd = new(new PrecisionModel(), RdNewProjection.Srid);

    public static string? PairViolation(MatchProblem p, Client c, HousingUnit u)
    {
        var policy = p.Options.Policy;
        if (p.Excluded.Contains(new ClientUnitPair(c.Reference, u.Id)))
        {
            return "pair.excluded";
        }
        var move = u.AvailableFrom > p.Today ? u.AvailableFrom : p.Today;
        var readyOrToday = c.ReadinessDate > p.Today ? c.ReadinessDate : p.Today;
        if (u.AvailableFrom > p.Period.End
            || move < c.ReadinessDate.AddDays(-policy.Availability.MaxDaysBeforeReadiness)
            || move > readyOrToday.AddDays(policy.Availability.MaxDaysAfterReadiness))
        {
            return "availability.window";
        }
        var n = p.Neighbourhoods.Single(x => x.Code == u.Neighbourhood);
        var limits = n.LimitsOverride ?? p.RegionDefaultLimits;
        if (limits.NewPlacementsPerPeriod < 1 || n.ExistingProtectedHomes + 1 > limits.CeilingFor(n.Inhabitants))
        {
            return "area.capacity";
        }
        var maxRent = p.Affordability.MaxRentFor(c.IncomeBand, c.HouseholdSize, p.RentYear);
        if (maxRent is null || u.Rent.QualifyingRent > maxRent.Value)
        {
            return "rent.max";
        }
        if (u.Rooms < c.Needs.MinimumRooms || u.Rooms * policy.PersonsPerRoom < c.HouseholdSize)
        {
            return "household.rooms";
        }
        if (c.Needs.StepFree && !u.Access.StepFree)
        {
            return "needs.step_free";
        }
        if (c.Needs.GroundFloor && u.Access.Floor != 0)
        {
            return "needs.ground_floor";
        }
        if (!c.Wishes.Accepts(u.DwellingType))
        {
            return "wish.dwelling_type";
        }
        if (c.Recovery.AvoidAreas.Any(a => a.Contains(u.Neighbourhood)))
        {
            return "recovery.avoid_area";
        }
        if (c.Recovery.AvoidOrigin is { } origin && NearOrigin(p, origin, u))
        {
            return "recovery.avoid_origin";
        }
        if (c.Recovery.MaxPeersInNeighbourhood is { } peers && n.ExistingProtectedHomes + 1 > peers)
        {
            return "recovery.max_peers";
        }
        var point = RdNewProjection.Instance.Project(u.Location);
        if (c.Recovery.SupportAnchors.Any(a => RdNewProjection.Instance.Project(a.Location).DistanceTo(point) > a.MaxDistanceMetres))
        {
            return "support.max_distance";
        }
        var covering = p.CareTeams.Where(t => Covers(t, u)).ToList();
        if (covering.Count == 0)
        {
            return "care.coverage";
        }
        if (!covering.Any(t => t.Id == c.CareTeamId) && !covering.Any(t => t.FreeCaseload > 0))
        {
            return "care.caseload";
        }
        if (c.Recovery.AvoidPlaces.Any(a => a.Centre.DistanceTo(point) <= a.RadiusMetres))
        {
            return "recovery.avoid_place";
        }
        return null;
    }

    public static bool Covers(CareTeam team, HousingUnit unit) =>
        team.ServiceArea.Municipalities.Contains(unit.Neighbourhood.Municipality)
        || (team.ServiceArea.Area is { } area && area.Covers(area.Factory.CreatePoint(new Coordinate(unit.Location.Longitude, unit.Location.Latitude))));

    /// <summary>Every violation of the hard rules and hard constraints by the placements (client, unit, team).</summary>
    public static List<string> Violations(MatchProblem p, IReadOnlyList<(ClientReference Client, string Unit, string? Team)> placements)
    {
        var errors = new List<string>();
        var clients = p.Clients.ToDictionary(c => c.Reference);
        var units = p.Units.ToDictionary(u => u.Id);
        if (placements.Select(x => x.Client).Distinct().Count() != placements.Count)
        {
            errors.Add("a client is placed twice");
        }
        if (placements.Select(x => x.Unit).Distinct().Count() != placements.Count)
        {
            errors.Add("a unit is used twice");
        }
        foreach (var pin in p.Pinned.Where(pin => !placements.Any(x => x.Client == pin.Client && x.Unit == pin.UnitId)))
        {
            errors.Add($"pin {pin} not kept");
        }
        foreach (var (client, unitId, team) in placements)
        {
            var c = clients[client];
            var u = units[unitId];
            if (PairViolation(p, c, u) is { } rule)
            {
                errors.Add($"{client}→{unitId}: {rule}");
            }
            var careTeam = p.CareTeams.SingleOrDefault(t => t.Id == team);
            if (careTeam is null || !Covers(careTeam, u))
            {
                errors.Add($"{client}→{unitId}: team {team} does not cover the unit");
            }
        }
        foreach (var team in p.CareTeams)
        {
            var added = placements.Count(x => x.Team == team.Id && clients[x.Client].CareTeamId != team.Id);
            if (added > team.FreeCaseload)
            {
                errors.Add($"team {team.Id}: {added} new clients > free {team.FreeCaseload}");
            }
        }
        foreach (var n in p.Neighbourhoods)
        {
            var limits = n.LimitsOverride ?? p.RegionDefaultLimits;
            var placedHere = placements.Where(x => units[x.Unit].Neighbourhood == n.Code).ToList();
            if (placedHere.Count > limits.NewPlacementsPerPeriod)
            {
                errors.Add($"{n.Code}: {placedHere.Count} new > limit {limits.NewPlacementsPerPeriod}");
            }
            // A neighbourhood already above its ceiling (the demo region has some) breaks it only by a new placement.
            if (placedHere.Count > 0 && n.ExistingProtectedHomes + placedHere.Count > limits.CeilingFor(n.Inhabitants))
            {
                errors.Add($"{n.Code}: above ceiling");
            }
            foreach (var x in placedHere)
            {
                if (clients[x.Client].Recovery.MaxPeersInNeighbourhood is { } max && n.ExistingProtectedHomes + placedHere.Count > max)
                {
                    errors.Add($"{x.Client}: peers in {n.Code} {n.ExistingProtectedHomes + placedHere.Count} > {max}");
                }
            }
        }
        foreach (var a in p.Agreements.Where(a => a.CapUnits is not null && a.Period.Overlaps(p.Period)))
        {
            var count = placements.Count(x => units[x.Unit].CorporationId == a.CorporationId && units[x.Unit].Neighbourhood.Municipality == a.Municipality);
            var left = a.CapUnits - p.PlacedEarlier.GetValueOrDefault(a.Id);
            if (count > left)
            {
                errors.Add($"agreement {a.Id}: {count} > cap {a.CapUnits} less {p.PlacedEarlier.GetValueOrDefault(a.Id)} placed earlier");
            }
        }
        return errors;
    }

    private static bool NearOrigin(MatchProblem p, OriginAvoidance origin, HousingUnit u)
    {
        if (u.Neighbourhood == origin.Origin)
        {
            return true;
        }
        var boundary = p.Neighbourhoods.SingleOrDefault(n => n.Code == origin.Origin)?.Boundary;
        if (boundary is null || origin.RadiusMetres == 0)
        {
            return false;
        }
        var rdBoundary = RdNewProjection.Instance.Project(boundary);
        var rd = RdNewProjection.Instance.Project(u.Location);
        return rdBoundary.Distance(Rd.CreatePoint(new Coordinate(rd.X, rd.Y))) <= origin.RadiusMetres;
    }
}
