using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Solver.Problem;
using NetTopologySuite.Geometries;

namespace BeschermdThuis.Matching.Solver.Eligibility;

/// <summary>
/// Per neighbourhood: its index, load (existing homes, what is left of its new-placement limit in the period, ceiling)
/// and boundary in RD metres.
/// </summary>
internal sealed class NeighbourhoodFacts
{
    public NeighbourhoodFacts(MatchProblem problem)
    {
        var list = problem.Neighbourhoods;
        Count = list.Count;
        Codes = [.. list.Select(n => n.Code)];
        Existing = [.. list.Select(n => n.ExistingProtectedHomes)];
        NewLimit = [.. list.Select(n => Math.Max(0,
            n.EffectiveLimits(problem.RegionDefaultLimits).NewPlacementsPerPeriod - problem.NewPlacementsEarlier.GetValueOrDefault(n.Code)))];
        Ceiling = [.. list.Select(n => n.EffectiveLimits(problem.RegionDefaultLimits).CeilingFor(n.Inhabitants))];
        Open = [.. Enumerable.Range(0, Count).Select(b => Room(b) > 0)];
        IndexOf = Enumerable.Range(0, Count).ToDictionary(b => Codes[b]);
        _boundaries = list.Select(n => n.Boundary).ToArray();
    }

    private readonly Geometry[] _boundaries;

    public int Count { get; }

    public NeighbourhoodCode[] Codes { get; }

    public int[] Existing { get; }

    public int[] NewLimit { get; }

    public int[] Ceiling { get; }

    /// <summary>False when the neighbourhood cannot take a single new placement (limit 0 or ceiling reached).</summary>
    public bool[] Open { get; }

    public Dictionary<NeighbourhoodCode, int> IndexOf { get; }

    /// <summary>How many new placements both hard limits still allow.</summary>
    public int Room(int b) => Math.Max(0, Math.Min(NewLimit[b], Ceiling[b] - Existing[b]));

    public Geometry RdBoundary(int b) => BoundaryForms.Rd(_boundaries[b]);

    public string CapacityDetail(int b) => NewLimit[b] == 0
        ? $"{Codes[b]} allows no new placements this period"
        : $"{Codes[b]} has {Existing[b]} protected homes, ceiling {Ceiling[b]}";
}
