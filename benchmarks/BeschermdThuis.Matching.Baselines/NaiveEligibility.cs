using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Solver.Problem;
using NetTopologySuite.Geometries;

namespace BeschermdThuis.Matching.Baselines;

/// <summary>
/// The eligibility rules as a first implementation would write them: straight from the domain objects, one pair at
/// a time, with an NTS geometry test per pair (unit point projected to RD New per pair, distance to the origin's
/// boundary, a polygon test against each care team's area) and the rent limit looked up per pair.
/// Only the neighbourhood boundaries are projected once, as even a naive version would.
/// </summary>
public sealed class NaiveEligibility
{
    private readonly MatchProblem _problem;
    private readonly Dictionary<NeighbourhoodCode, Neighbourhood> _neighbourhoods;
    private readonly Dictionary<NeighbourhoodCode, Geometry> _rdBoundaries;
    private readonly GeometryFactory _wgs84 = new(new PrecisionModel(), 4326);
    private readonly GeometryFactory _rd = new(new PrecisionModel(), RdNewProjection.Srid);

    public NaiveEligibility(MatchProblem problem)
    {
        _problem = problem;
        _neighbourhoods = problem.Neighbourhoods.ToDictionary(n => n.Code);
        _rdBoundaries = problem.Neighbourhoods.ToDictionary(n => n.Code, n => RdNewProjection.Instance.Project(n.Boundary));
    }

    public int CountEligible(int clients)
    {
        var eligible = 0;
        for (var c = 0; c < clients; c++)
        {
            for (var u = 0; u < _problem.Units.Count; u++)
            {
                if (IsEligible(c, u))
                {
                    eligible++;
                }
            }
        }
        return eligible;
    }

    public bool IsEligible(int clientIndex, int unitIndex)
    {
        var p = _problem;
        var policy = p.Options.Policy;
        var client = p.Clients[clientIndex];
        var unit = p.Units[unitIndex];
        if (p.Excluded.Contains(new ClientUnitPair(client.Reference, unit.Id)))
        {
            return false;
        }
        if (unit.AvailableFrom > p.Period.End)
        {
            return false;
        }
        var move = unit.AvailableFrom > p.Today ? unit.AvailableFrom : p.Today;
        var latest = (client.ReadinessDate > p.Today ? client.ReadinessDate : p.Today).AddDays(policy.Availability.MaxDaysAfterReadiness);
        if (move < client.ReadinessDate.AddDays(-policy.Availability.MaxDaysBeforeReadiness) || move > latest)
        {
            return false;
        }
        var neighbourhood = _neighbourhoods[unit.Neighbourhood];
        var limits = neighbourhood.EffectiveLimits(p.RegionDefaultLimits);
        if (limits.NewPlacementsPerPeriod == 0 || neighbourhood.ExistingProtectedHomes >= limits.CeilingFor(neighbourhood.Inhabitants))
        {
            return false;
        }
        var maxRent = p.Affordability.MaxRentFor(client.IncomeBand, client.HouseholdSize, p.RentYear);
        if (maxRent is null || unit.Rent.QualifyingRent.Value > maxRent.Value.Value)
        {
            return false;
        }
        var roomsNeeded = Math.Max(client.Needs.MinimumRooms, (client.HouseholdSize + policy.PersonsPerRoom - 1) / policy.PersonsPerRoom);
        if (unit.Rooms < roomsNeeded || (client.Needs.StepFree && !unit.Access.StepFree) || (client.Needs.GroundFloor && !unit.Access.IsGroundFloor))
        {
            return false;
        }
        if (client.Wishes.DwellingTypes.Count > 0 && !client.Wishes.DwellingTypes.Any(d => d.DwellingType == unit.DwellingType))
        {
            return false;
        }
        if (client.Recovery.AvoidAreas.Any(a => a.Contains(unit.Neighbourhood)))
        {
            return false;
        }
        var rd = RdNewProjection.Instance.Project(unit.Location);
        var rdPoint = _rd.CreatePoint(new Coordinate(rd.X, rd.Y));
        if (client.Recovery.AvoidOrigin is { } origin
            && (origin.Origin == unit.Neighbourhood
                || (origin.RadiusMetres > 0 && _rdBoundaries.TryGetValue(origin.Origin, out var boundary) && boundary.IsWithinDistance(rdPoint, origin.RadiusMetres))))
        {
            return false;
        }
        if (client.Recovery.MaxPeersInNeighbourhood is { } maxPeers && neighbourhood.ExistingProtectedHomes + 1 > maxPeers)
        {
            return false;
        }
        foreach (var anchor in client.Recovery.SupportAnchors)
        {
            if (RdNewProjection.Instance.Project(anchor.Location).DistanceTo(rd) > anchor.MaxDistanceMetres)
            {
                return false;
            }
        }
        var wgsPoint = _wgs84.CreatePoint(new Coordinate(unit.Location.Longitude, unit.Location.Latitude));
        var covering = p.CareTeams.Where(t => t.ServiceArea.Municipalities.Contains(unit.Neighbourhood.Municipality)
            || (t.ServiceArea.Area is { } area && area.Covers(wgsPoint))).ToList();
        return covering.Count > 0 && (covering.Any(t => t.Id == client.CareTeamId) || covering.Any(t => t.FreeCaseload > 0));
    }
}
