using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Solver.Problem;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace BeschermdThuis.Matching.Solver.Eligibility;

/// <summary>Per unit, as arrays: RD position, neighbourhood index, rent in cents, access, type, and the care teams covering it.</summary>
internal sealed class UnitFacts
{
    public UnitFacts(MatchProblem problem, NeighbourhoodFacts neighbourhoods)
    {
        var units = problem.Units;
        var n = units.Count;
        IndexOf = Enumerable.Range(0, n).ToDictionary(i => units[i].Id, StringComparer.Ordinal);
        X = new double[n];
        Y = new double[n];
        Neighbourhood = new int[n];
        Rent = new long[n];
        Rooms = new int[n];
        StepFree = new bool[n];
        GroundFloor = new bool[n];
        DwellingType = new int[n];
        Available = new int[n];
        Teams = new ulong[n][];
        CoveredByAnyTeam = new bool[n];
        CoveredWithRoom = new bool[n];
        var teams = problem.CareTeams;
        TeamCount = teams.Count;
        TeamBases = [.. teams.Select(t => RdNewProjection.Instance.Project(t.Base))];
        var teamAreas = teams.Select(t => t.ServiceArea.Area is { } a ? PreparedGeometryFactory.Prepare(RdNewProjection.Instance.Project(a)) : null).ToArray();
        var teamMunicipalities = teams.Select(t => t.ServiceArea.Municipalities.ToHashSet()).ToArray();
        var factory = new GeometryFactory(new PrecisionModel(), RdNewProjection.Srid);
        for (var i = 0; i < n; i++)
        {
            var unit = units[i];
            var rd = RdNewProjection.Instance.Project(unit.Location);
            X[i] = rd.X;
            Y[i] = rd.Y;
            Neighbourhood[i] = neighbourhoods.IndexOf[unit.Neighbourhood];
            Rent[i] = unit.Rent.QualifyingRent.Value;
            Rooms[i] = unit.Rooms;
            StepFree[i] = unit.Access.StepFree;
            GroundFloor[i] = unit.Access.IsGroundFloor;
            DwellingType[i] = (int)unit.DwellingType;
            Available[i] = unit.AvailableFrom.DayNumber;
            Teams[i] = Bits.Create(TeamCount);
            Point? point = null;
            for (var t = 0; t < TeamCount; t++)
            {
                var covers = teamMunicipalities[t].Contains(unit.Neighbourhood.Municipality)
                    || (teamAreas[t] is { } area && area.Covers(point ??= factory.CreatePoint(new Coordinate(rd.X, rd.Y))));
                if (covers)
                {
                    Bits.Set(Teams[i], t);
                    CoveredByAnyTeam[i] = true;
                    CoveredWithRoom[i] |= teams[t].FreeCaseload > 0;
                }
            }
        }
    }

    public Dictionary<string, int> IndexOf { get; }

    public double[] X { get; }

    public double[] Y { get; }

    public int[] Neighbourhood { get; }

    public long[] Rent { get; }

    public int[] Rooms { get; }

    public bool[] StepFree { get; }

    public bool[] GroundFloor { get; }

    public int[] DwellingType { get; }

    public int[] Available { get; }

    public int TeamCount { get; }

    public RdPoint[] TeamBases { get; }

    public ulong[][] Teams { get; }

    public bool[] CoveredByAnyTeam { get; }

    public bool[] CoveredWithRoom { get; }

    public IEnumerable<int> TeamsCovering(int unit)
    {
        for (var t = 0; t < TeamCount; t++)
        {
            if (Bits.Test(Teams[unit], t))
            {
                yield return t;
            }
        }
    }
}
