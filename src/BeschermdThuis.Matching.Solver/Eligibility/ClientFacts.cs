using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Solver.Problem;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace BeschermdThuis.Matching.Solver.Eligibility;

/// <summary>
/// Per client, as arrays: the rent limit in cents, rooms needed, needs, accepted types as a bit mask, avoided
/// neighbourhoods as a bit set, the origin zone as a bit set over units (shared by clients with the same origin
/// and radius), the peer limit and the support anchors in RD metres.
/// </summary>
internal sealed class ClientFacts
{
    public ClientFacts(MatchProblem problem, NeighbourhoodFacts neighbourhoods, UnitFacts units)
    {
        var clients = problem.Clients;
        var n = clients.Count;
        var policy = problem.Options.Policy;
        IndexOf = Enumerable.Range(0, n).ToDictionary(i => clients[i].Reference);
        var teamIndex = Enumerable.Range(0, problem.CareTeams.Count).ToDictionary(t => problem.CareTeams[t].Id, StringComparer.Ordinal);
        MaxRent = new long[n];
        RoomsNeeded = new int[n];
        StepFree = new bool[n];
        GroundFloor = new bool[n];
        TypeMask = new int[n];
        AvoidNeighbourhoods = new ulong[n][];
        OriginZone = new ulong[]?[n];
        MaxPeers = new int[n];
        Ready = new int[n];
        Team = new int[n];
        AnchorStart = new int[n + 1];
        var anchors = new List<RdPoint>();
        var anchorMax = new List<double>();
        var zones = new Dictionary<(NeighbourhoodCode, int), ulong[]>();
        STRtree<int>? unitTree = null;
        for (var i = 0; i < n; i++)
        {
            var client = clients[i];
            // Null means the band gives no right to social rent: -1 fails every positive rent.
            MaxRent[i] = problem.Affordability.MaxRentFor(client.IncomeBand, client.HouseholdSize, problem.RentYear)?.Value ?? -1;
            RoomsNeeded[i] = Math.Max(client.Needs.MinimumRooms, (client.HouseholdSize + policy.PersonsPerRoom - 1) / policy.PersonsPerRoom);
            StepFree[i] = client.Needs.StepFree;
            GroundFloor[i] = client.Needs.GroundFloor;
            TypeMask[i] = client.Wishes.DwellingTypes.Count == 0 ? ~0 : client.Wishes.DwellingTypes.Aggregate(0, (m, d) => m | (1 << (int)d.DwellingType));
            AvoidNeighbourhoods[i] = Bits.Create(neighbourhoods.Count);
            for (var b = 0; b < neighbourhoods.Count; b++)
            {
                if (client.Recovery.AvoidAreas.Any(a => a.Contains(neighbourhoods.Codes[b])))
                {
                    Bits.Set(AvoidNeighbourhoods[i], b);
                }
            }
            if (client.Recovery.AvoidOrigin is { } origin)
            {
                var key = (origin.Origin, origin.RadiusMetres);
                if (!zones.TryGetValue(key, out var zone))
                {
                    zone = OriginZoneOf(origin, neighbourhoods, units, ref unitTree);
                    zones.Add(key, zone);
                }
                OriginZone[i] = zone;
            }
            MaxPeers[i] = client.Recovery.MaxPeersInNeighbourhood ?? int.MaxValue - 1;
            Ready[i] = client.ReadinessDate.DayNumber;
            Team[i] = client.CareTeamId is { } id && teamIndex.TryGetValue(id, out var t) ? t : -1;
            AnchorStart[i] = anchors.Count;
            foreach (var anchor in client.Recovery.SupportAnchors)
            {
                anchors.Add(RdNewProjection.Instance.Project(anchor.Location));
                anchorMax.Add(anchor.MaxDistanceMetres);
            }
        }
        AnchorStart[n] = anchors.Count;
        AnchorX = [.. anchors.Select(a => a.X)];
        AnchorY = [.. anchors.Select(a => a.Y)];
        AnchorMax = [.. anchorMax];
        Excluded = new int[n][];
        var excluded = problem.Excluded.ToLookup(p => IndexOf[p.Client], p => units.IndexOf[p.UnitId]);
        for (var i = 0; i < n; i++)
        {
            Excluded[i] = [.. excluded[i].Distinct().Order()];
        }
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

    public int[][] Excluded { get; }

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
