using BeschermdThuis.Matching.Solver.Eligibility;
using BeschermdThuis.Matching.Solver.Model;
using BeschermdThuis.Matching.Solver.Problem;
using Google.OrTools.Graph;

namespace BeschermdThuis.Matching.Baselines;

/// <summary>
/// Baseline (b), the floor: the flow-representable part of the match as one min-cost max-flow. Source → client
/// (capacity 1) → unit over the eligible pairs (cost −housing score) → neighbourhood → sink (capacity: the
/// neighbourhood's room). No peer limits, caseload, agreements, pins or lower tiers: it bounds what any exact engine
/// can do, and is what "within 20× of the flow" is measured against. Eligible pairs come from the index (as in the engine).
/// </summary>
public static class FlowFloor
{
    public static long Solve(MatchProblem problem, EligibilityIndex index)
    {
        var pairs = index.FindEligiblePairs();
        int clients = index.ClientCount, units = index.UnitCount;
        var codes = problem.Neighbourhoods.Select((n, i) => (n.Code, i)).ToDictionary(t => t.Code, t => t.i);
        int source = 0, firstClient = 1, firstUnit = firstClient + clients, firstNeighbourhood = firstUnit + units;
        var sink = firstNeighbourhood + problem.Neighbourhoods.Count;
        var flow = new MinCostFlow();
        flow.SetNodeSupply(source, clients);
        flow.SetNodeSupply(sink, -clients);
        for (var c = 0; c < clients; c++)
        {
            flow.AddArcWithCapacityAndUnitCost(source, firstClient + c, 1, 0);
        }
        var housing = new long[clients];
        for (var c = 0; c < clients; c++)
        {
            housing[c] = -1;
        }
        for (var p = 0; p < pairs.Count; p++)
        {
            int c = pairs.ClientOf(p), u = pairs.UnitOf(p);
            if (housing[c] < 0)
            {
                housing[c] = PairScorer.Score(index, c, u).Housing;
            }
            flow.AddArcWithCapacityAndUnitCost(firstClient + c, firstUnit + u, 1, -housing[c]);
        }
        for (var u = 0; u < units; u++)
        {
            flow.AddArcWithCapacityAndUnitCost(firstUnit + u, firstNeighbourhood + codes[problem.Units[u].Neighbourhood], 1, 0);
        }
        for (var b = 0; b < problem.Neighbourhoods.Count; b++)
        {
            var n = problem.Neighbourhoods[b];
            var limits = n.EffectiveLimits(problem.RegionDefaultLimits);
            var room = Math.Max(0, Math.Min(limits.NewPlacementsPerPeriod, limits.CeilingFor(n.Inhabitants) - n.ExistingProtectedHomes));
            flow.AddArcWithCapacityAndUnitCost(firstNeighbourhood + b, sink, room, 0);
        }
        var status = flow.SolveMaxFlowWithMinCost();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"min-cost flow: {status}");
        }
        return -flow.OptimalCost();
    }
}
