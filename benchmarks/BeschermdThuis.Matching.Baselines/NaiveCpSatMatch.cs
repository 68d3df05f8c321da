using BeschermdThuis.Matching.Domain.Agreements;
using BeschermdThuis.Matching.Solver.Eligibility;
using BeschermdThuis.Matching.Solver.Model;
using BeschermdThuis.Matching.Solver.Problem;
using BeschermdThuis.Matching.Solver.Search;
using Google.OrTools.Sat;

namespace BeschermdThuis.Matching.Baselines;

/// <summary>
/// Baseline (a): the match as a naive CP-SAT model. A Boolean for EVERY client × unit pair (ineligible ones get the
/// domain {0}), the same hard constraints written the direct way (a reified peer limit per client and neighbourhood,
/// a team literal per pair that needs a new team), and one blended objective: the tiers weighted by powers of ten (10^7, 10^4, 10^2, 10, 1).
/// Solved once with the same number of workers and the time limit given.
/// Above <see cref="MaxAllPairs"/> pairs (2,000 × 5,000 = 10 M) a variable per pair does not fit in memory through the
/// C# model API (more than 14 GB before the solve started on the 23 GB machine), so there the model gets variables for
/// the eligible pairs only, still without any of the engine's reductions or encodings.
/// </summary>
public static class NaiveCpSatMatch
{
    public const long MaxAllPairs = 1_000_000;

    public static CpSolverStatus Solve(MatchProblem problem, EligibilityIndex index, TimeSpan timeLimit)
    {
        var allPairs = (long)index.ClientCount * index.UnitCount <= MaxAllPairs;
        var policy = problem.Options.Policy;
        var model = new CpModel();
        int clients = index.ClientCount, units = index.UnitCount;
        var x = new Dictionary<(int, int), IntVar>();
        var byUnit = new List<IntVar>[units];
        var byNeighbourhood = new Dictionary<string, List<(int Client, IntVar X)>>(StringComparer.Ordinal);
        var objective = LinearExpr.NewBuilder();
        // Large enough to order the tiers in practice, small enough that CP-SAT's overflow check accepts 1.5 M terms.
        long[] weight = [10_000_000, 10_000, 100, 10, 1];
        long Weight(MatchGoal goal) => weight[policy.Tiers.ToList().IndexOf(goal)];
        var teams = problem.CareTeams;
        var teamLoad = teams.Select(_ => LinearExpr.NewBuilder()).ToArray();
        for (var c = 0; c < clients; c++)
        {
            var row = new List<IntVar>(units);
            for (var u = 0; u < units; u++)
            {
                var eligible = index.IsEligible(c, u);
                if (!eligible && !allPairs)
                {
                    continue;
                }
                var v = model.NewIntVar(0, eligible ? 1 : 0, $"x_{c}_{u}");
                x[(c, u)] = v;
                row.Add(v);
                (byUnit[u] ??= []).Add(v);
                var code = problem.Units[u].Neighbourhood.Value;
                (byNeighbourhood.TryGetValue(code, out var list) ? list : byNeighbourhood[code] = []).Add((c, v));
                if (!eligible)
                {
                    continue;
                }
                var s = PairScorer.Score(index, c, u);
                objective.AddTerm(v, (s.Housing * Weight(MatchGoal.Housing)) + (s.Wishes * Weight(MatchGoal.Wishes))
                    + (s.Recovery * Weight(MatchGoal.Recovery)) + (s.Stability * Weight(MatchGoal.Stability)));
                if (!index.KeepsOwnTeam(c, u))
                {
                    var choice = new List<IntVar>();
                    for (var t = 0; t < teams.Count; t++)
                    {
                        var covers = teams[t].ServiceArea.Municipalities.Contains(problem.Units[u].Neighbourhood.Municipality)
                            || (teams[t].ServiceArea.Area is { } area && area.Covers(new NetTopologySuite.Geometries.Point(problem.Units[u].Location.Longitude, problem.Units[u].Location.Latitude)));
                        if (covers && teams[t].FreeCaseload > 0)
                        {
                            var y = model.NewBoolVar($"team_{c}_{u}_{t}");
                            choice.Add(y);
                            teamLoad[t].Add(y);
                        }
                    }
                    model.Add(LinearExpr.Sum(choice) == v);
                }
            }
            model.Add(LinearExpr.Sum(row) <= 1);
        }
        foreach (var list in byUnit.OfType<List<IntVar>>())
        {
            model.Add(LinearExpr.Sum(list) <= 1);
        }
        for (var t = 0; t < teams.Count; t++)
        {
            model.Add(teamLoad[t] <= teams[t].FreeCaseload);
        }
        foreach (var n in problem.Neighbourhoods)
        {
            if (!byNeighbourhood.TryGetValue(n.Code.Value, out var list))
            {
                continue;
            }
            var limits = n.EffectiveLimits(problem.RegionDefaultLimits);
            var placed = LinearExpr.Sum(list.Select(l => l.X));
            model.Add(placed <= limits.NewPlacementsPerPeriod);
            model.Add(placed <= Math.Max(0, limits.CeilingFor(n.Inhabitants) - n.ExistingProtectedHomes));
            var threshold = limits.NewPlacementsPerPeriod * policy.Spread.ThresholdPercentOfLimit / 100;
            var excess = model.NewIntVar(0, units, $"excess_{n.Code}");
            model.Add(excess >= placed - threshold);
            objective.AddTerm(excess, -policy.Spread.PenaltyPerPlacementAboveThreshold * Weight(MatchGoal.Spread));
            foreach (var group in list.GroupBy(l => l.Client))
            {
                if (problem.Clients[group.Key].Recovery.MaxPeersInNeighbourhood is not { } maxPeers)
                {
                    continue;
                }
                var here = model.NewBoolVar($"in_{group.Key}_{n.Code}");
                model.Add(LinearExpr.Sum(group.Select(g => g.X)) == here);
                model.Add(placed <= maxPeers - n.ExistingProtectedHomes).OnlyEnforceIf(here);
            }
        }
        foreach (var agreement in problem.Agreements.Where(a => a.PriorityGroup != PriorityGroup.ShelterOutflow && a.Period.Overlaps(problem.Period)))
        {
            var inAgreement = new List<IntVar>();
            for (var u = 0; u < units; u++)
            {
                var unit = problem.Units[u];
                if (agreement.Covers(unit))
                {
                    inAgreement.AddRange(byUnit[u] ?? []);
                }
            }
            var placed = LinearExpr.Sum(inAgreement);
            var shortfall = model.NewIntVar(0, agreement.TargetUnits, $"shortfall_{agreement.Id}");
            model.Add(shortfall >= agreement.TargetUnits - placed);
            objective.AddTerm(shortfall, -policy.Spread.AgreementShortfallPenaltyPerUnit * Weight(MatchGoal.Spread));
            if (agreement.CapUnits is { } cap)
            {
                model.Add(placed <= cap);
            }
        }
        foreach (var pin in problem.Pinned)
        {
            model.Add(x[(index.ClientIndex(pin.Client), index.UnitIndex(pin.UnitId))] == 1);
        }
        model.Maximize(objective);
        var parameters = new SatParameters { NumWorkers = problem.Options.Workers, RandomSeed = 1, MaxTimeInSeconds = timeLimit.TotalSeconds };
        using var solver = new CpSolver { StringParameters = SatParametersText.Format(parameters) };
        return solver.Solve(model, null);
    }
}
