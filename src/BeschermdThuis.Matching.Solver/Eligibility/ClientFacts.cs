using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Solver.Problem;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace BeschermdThuis.Matching.Solver.Eligibility;

/// <summary>
/// Per client, as arrays: the rent limit in cents, rooms needed, needs, accepted types as a bit mask, avoided
/// neighbourhoods as a bit set, the origin zone as a bit set over units (shared by clients with the same origin
/// and radius), the peer limit, the support anchors and the avoided places in RD metres.
/// </summary>
internal sealed class ClientFacts
{
    public ClientFacts(MatchProblem problem, NeighbourhoodFacts neighbourhoods, UnitFacts units)
    {
        var clients = problem.Clients;
        var personsPerRoom = problem.Options.Policy.PersonsPerRoom;
        IndexOf = Enumerable.Range(0, clients.Count).ToDictionary(i => clients[i].Reference);
        var teamIndex = Enumerable.Range(0, problem.CareTeams.Count).ToDictionary(t => problem.CareTeams[t].Id, StringComparer.Ordinal);
        // Null means the band gives no right to social rent: -1 fails every positive rent.
        MaxRent = [.. clients.Select(c => problem.Affordability.MaxRentFor(c.IncomeBand, c.HouseholdSize, problem.RentYear)?.Value ?? -1)];
        RoomsNeeded = [.. clients.Select(c => Math.Max(c.Needs.MinimumRooms, (c.HouseholdSize + personsPerRoom - 1) / personsPerRoom))];
        StepFree = [.. clients.Select(c => c.Needs.StepFree)];
        GroundFloor = [.. clients.Select(c => c.Needs.GroundFloor)];
        TypeMask = [.. clients.Select(c => c.Wishes.DwellingTypes.Count == 0 ? ~0 : c.Wishes.DwellingTypes.Aggregate(0, (m, d) => m | (1 << (int)d.DwellingType)))];
        AvoidNeighbourhoods = [.. clients.Select(c => AvoidedNeighbourhoods(c, neighbourhoods))];
        OriginZone = OriginZones(clients, neighbourhoods, units);
        MaxPeers = [.. clients.Select(c => c.Recovery.MaxPeersInNeighbourhood ?? int.MaxValue - 1)];
        Ready = [.. clients.Select(c => c.ReadinessDate.DayNumber)];
        Team = [.. clients.Select(c => c.CareTeamId is { } id && teamIndex.TryGetValue(id, out var t) ? t : -1)];
        AnchorStart = new int[clients.Count + 1];
        var anchors = new List<(RdPoint Location, double Max)>();
        for (var i = 0; i < clients.Count; i++)
        {
            AnchorStart[i] = anchors.Count;
            anchors.AddRange(clients[i].Recovery.SupportAnchors.Select(a => (RdNewProjection.Instance.Project(a.Location), (double)a.MaxDistanceMetres)));
        }
        AnchorStart[^1] = anchors.Count;
        AnchorX = [.. anchors.Select(a => a.Location.X)];
        AnchorY = [.. anchors.Select(a => a.Location.Y)];
        AnchorMax = [.. anchors.Select(a => a.Max)];
        PlaceStart = new int[clients.Count + 1];
        var places = new List<AvoidedPlace>();
        for (var i = 0; i < clients.Count; i++)
        {
            PlaceStart[i] = places.Count;
            places.AddRange(clients[i].Recovery.AvoidPlaces);
        }
        PlaceStart[^1] = places.Count;
        PlaceX = [.. places.Select(p => p.Centre.X)];
        PlaceY = [.. places.Select(p => p.Centre.Y)];
        PlaceRadius = [.. places.Select(p => (double)p.RadiusMetres)];
        var excluded = problem.Excluded.ToLookup(p => IndexOf[p.Client], p => units.IndexOf[p.UnitId]);
        Excluded = [.. Enumerable.Range(0, clients.Count).Select(i => (int[])[.. excluded[i].Distinct().Order()])];
    }

    public Dictionary<ClientReference, int> IndexOf { get; }

    public long[] MaxRent { get; }

    public int[] RoomsNeeded { get; }

    public bool[] StepFree { get; }

    public bool[] GroundFloor { get; }

    public int[] TypeMask { get; }

    public ulong[][] AvoidNeighbourhoods { get; }

    public ulong[]?[] OriginZone { get; }

    public int[] MaxPeers { get; }

    public int[] Ready { get; }

    public int[] Team { get; }

    public int[] AnchorStart { get; }

    public double[] AnchorX { get; }

    public double[] AnchorY { get; }

    public double[] AnchorMax { get; }

    /// <summary>Client i's avoided places are PlaceStart[i] up to PlaceStart[i + 1]: kept grid points in RD metres and radii.</summary>
    public int[] PlaceStart { get; }

    public double[] PlaceX { get; }

    public double[] PlaceY { get; }

    public double[] PlaceRadius { get; }

    public int[][] Excluded { get; }

    private static ulong[] AvoidedNeighbourhoods(Client client, NeighbourhoodFacts neighbourhoods)
    {
        var avoided = Bits.Create(neighbourhoods.Count);
        for (var b = 0; b < neighbourhoods.Count; b++)
        {
            if (client.Recovery.AvoidAreas.Any(a => a.Contains(neighbourhoods.Codes[b])))
            {
                Bits.Set(avoided, b);
            }
        }
        return avoided;
    }

    /// <summary>Each client's origin zone, or null; built once per distinct origin and radius and shared.</summary>
    private static ulong[]?[] OriginZones(IReadOnlyList<Client> clients, NeighbourhoodFacts neighbourhoods, UnitFacts units)
    {
        var zones = new ulong[]?[clients.Count];
        var shared = new Dictionary<(NeighbourhoodCode, int), ulong[]>();
        STRtree<int>? unitTree = null;
        for (var i = 0; i < clients.Count; i++)
        {
            if (clients[i].Recovery.AvoidOrigin is { } origin)
            {
                var key = (origin.Origin, origin.RadiusMetres);
                if (!shared.TryGetValue(key, out var zone))
                {
                    zone = OriginZoneOf(origin, neighbourhoods, units, ref unitTree);
                    shared.Add(key, zone);
                }
                zones[i] = zone;
            }
        }
        return zones;
    }

    /// <summary>
    /// The units within the radius of the origin's boundary (radius 0: the units in the origin itself). The unit points
    /// sit in an STR-tree; only those in the boundary's envelope grown by the radius get an exact distance test.
    /// An origin outside the problem's neighbourhoods has no boundary here, so only its own code can match.
    /// </summary>
    private static ulong[] OriginZoneOf(OriginAvoidance origin, NeighbourhoodFacts neighbourhoods, UnitFacts units, ref STRtree<int>? tree)
    {
        var zone = Bits.Create(units.X.Length);
        if (!neighbourhoods.IndexOf.TryGetValue(origin.Origin, out var b))
        {
            return zone;
        }
        for (var u = 0; u < units.X.Length; u++)
        {
            if (units.Neighbourhood[u] == b)
            {
                Bits.Set(zone, u);
            }
        }
        if (origin.RadiusMetres == 0)
        {
            return zone;
        }
        if (tree is null)
        {
            tree = new STRtree<int>();
            for (var u = 0; u < units.X.Length; u++)
            {
                tree.Insert(new Envelope(units.X[u], units.X[u], units.Y[u], units.Y[u]), u);
            }
            tree.Build();
        }
        var boundary = neighbourhoods.RdBoundary(b);
        var search = new Envelope(boundary.EnvelopeInternal);
        search.ExpandBy(origin.RadiusMetres);
        var factory = boundary.Factory;
        foreach (var u in tree.Query(search))
        {
            if (!Bits.Test(zone, u) && boundary.IsWithinDistance(factory.CreatePoint(new Coordinate(units.X[u], units.Y[u])), origin.RadiusMetres))
            {
                Bits.Set(zone, u);
            }
        }
        return zone;
    }
}
