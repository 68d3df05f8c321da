using BeschermdThuis.Matching.Solver.Eligibility;
using BeschermdThuis.Matching.Solver.Model;
using BeschermdThuis.Matching.Solver.Results;
using Google.OrTools.Graph;

namespace BeschermdThuis.Matching.Solver.Search;

/// <summary>
/// The housing goal as a max-weight matching: a min-cost flow over the model's pairs with each client at most once,
/// each unit at most once and each neighbourhood at most its room (pins forced). That relaxation drops the peer limits,
/// caseload and agreement caps, so its optimum is an upper bound on the housing tier. The flow's pairs are then
/// repaired (lowest-scoring placements dropped until every dropped constraint holds) into a feasible start, unless a
/// second flow with each neighbourhood held at a peer level gives a better one. When the start's value equals the
/// bound, the housing tier is proven optimal without a CP-SAT search.
/// </summary>
internal static class HousingFlow
{
    public sealed record Outcome(long UpperBound, long Value, bool[] Placed);

    // `atPeerLevels`: also try the second flow at peer levels (off only to compare with the repair alone).
    public static Outcome? Solve(EligibilityIndex index, EligiblePairs pairs, ScoreTerms[] scores, IReadOnlyList<int> pinned, bool atPeerLevels = true)
    {
        var pinnedSet = pinned.ToHashSet();
        if (MaxWeightMatching(index, pairs, scores, pinnedSet, _ => true, index.Neighbourhoods.Room) is not var (bound, placed))
        {
            return null;
        }
        var levels = atPeerLevels ? Levels(index, pairs, pinnedSet, placed) : null; // read before the repair changes `placed`
        if (!Repair(index, pairs, scores, pinnedSet, placed))
        {
            return null;
        }
        Fill(index, pairs, scores, placed);
        var value = Value(pairs, scores, placed);
        // The repair drops every client of a neighbourhood whose peer limits the flow breaks. A second flow with each
        // neighbourhood held at a level that enough of the first flow's clients there accept, and open only to the
        // clients who accept it, breaks no peer limit and lets the dropped clients move elsewhere.
        if (value < bound && levels is not null
            && MaxWeightMatching(index, pairs, scores, pinnedSet, p => Accepts(index, pairs, p, levels), b => levels[b]) is (_, var levelled)
            && Repair(index, pairs, scores, pinnedSet, levelled))
        {
            Fill(index, pairs, scores, levelled);
            if (Value(pairs, scores, levelled) is var levelledValue && levelledValue > value)
            {
                (placed, value) = (levelled, levelledValue);
            }
        }
        return new Outcome(bound, value, placed);
    }

    private static long Value(EligiblePairs pairs, ScoreTerms[] scores, bool[] placed) =>
        Enumerable.Range(0, pairs.Count).Where(p => placed[p]).Sum(p => scores[p].Housing);

    // A min-cost flow: each client at most once (a pinned one exactly, on its pin), each unit at most once, each
    // neighbourhood at most its capacity, over the pairs `admits` lets in. Its bound and the pairs it places.
    private static (long Bound, bool[] Placed)? MaxWeightMatching(EligibilityIndex index, EligiblePairs pairs, ScoreTerms[] scores,
        HashSet<int> pinned, Func<int, bool> admits, Func<int, int> capacity)
    {
        int clients = index.ClientCount, units = index.UnitCount, neighbourhoods = index.Neighbourhoods.Count;
        int source = 0, firstClient = 1, firstUnit = firstClient + clients, firstNeighbourhood = firstUnit + units;
        var sink = firstNeighbourhood + neighbourhoods;
        var pinnedClient = new bool[clients];
        foreach (var p in pinned)
        {
            pinnedClient[pairs.ClientOf(p)] = true;
        }
        var flow = new MinCostFlow();
        flow.SetNodeSupply(source, clients);
        flow.SetNodeSupply(sink, -clients);
        for (var c = 0; c < clients; c++)
        {
            flow.AddArcWithCapacityAndUnitCost(source, firstClient + c, 1, 0);
            if (!pinnedClient[c])
            {
                flow.AddArcWithCapacityAndUnitCost(firstClient + c, sink, 1, 0); // not housed
            }
        }
        var arcOf = new int[pairs.Count];
        for (var p = 0; p < pairs.Count; p++)
        {
            var c = pairs.ClientOf(p);
            arcOf[p] = (pinnedClient[c] && !pinned.Contains(p)) || !admits(p)
                ? -1
                : flow.AddArcWithCapacityAndUnitCost(firstClient + c, firstUnit + pairs.UnitOf(p), 1, -scores[p].Housing);
        }
        for (var u = 0; u < units; u++)
        {
            flow.AddArcWithCapacityAndUnitCost(firstUnit + u, firstNeighbourhood + index.Units.Neighbourhood[u], 1, 0);
        }
        for (var b = 0; b < neighbourhoods; b++)
        {
            flow.AddArcWithCapacityAndUnitCost(firstNeighbourhood + b, sink, capacity(b), 0);
        }
        if (flow.Solve() != MinCostFlowBase.Status.OPTIMAL)
        {
            return null;
        }
        var placed = new bool[pairs.Count];
        for (var p = 0; p < pairs.Count; p++)
        {
            placed[p] = arcOf[p] >= 0 && flow.Flow(arcOf[p]) > 0;
        }
        return (-flow.OptimalCost(), placed);
    }

    // Per neighbourhood, the most new placements k such that k of the flow's clients there accept k, and at least its
    // pinned clients, each of whom must accept it; null when a neighbourhood's pins do not fit any level.
    private static int[]? Levels(EligibilityIndex index, EligiblePairs pairs, HashSet<int> pinned, bool[] placed)
    {
        var levels = new int[index.Neighbourhoods.Count];
        foreach (var group in Enumerable.Range(0, pairs.Count).Where(p => placed[p]).GroupBy(p => index.Units.Neighbourhood[pairs.UnitOf(p)]))
        {
            var level = group.Select(p => Accepted(index, pairs, p)).OrderDescending().Select((room, i) => Math.Min(i + 1, room)).Max();
            var pins = group.Where(pinned.Contains).Select(p => Accepted(index, pairs, p)).ToList();
            level = pins.Count == 0 ? level : Math.Min(level, pins.Min());
            if (level < pins.Count)
            {
                return null;
            }
            levels[group.Key] = Math.Max(0, level);
        }
        return levels;
    }

    private static bool Accepts(EligibilityIndex index, EligiblePairs pairs, int p, int[] levels) =>
        levels[index.Units.Neighbourhood[pairs.UnitOf(p)]] is var level && level > 0 && level <= Accepted(index, pairs, p);

    // The most new placements the pair's client accepts in the pair's neighbourhood: its peer limit less the protected
    // homes already there.
    private static int Accepted(EligibilityIndex index, EligiblePairs pairs, int p) =>
        index.Clients.MaxPeers[pairs.ClientOf(p)] - index.Neighbourhoods.Existing[index.Units.Neighbourhood[pairs.UnitOf(p)]];

    // Adds clients the repair left out (highest housing score first) where every constraint still holds.
    private static void Fill(EligibilityIndex index, EligiblePairs pairs, ScoreTerms[] scores, bool[] placed)
    {
        var problem = index.Problem;
        var neighbourhoods = index.Neighbourhoods;
        var teams = problem.CareTeams;
        var chosen = Enumerable.Range(0, pairs.Count).Where(p => placed[p]).ToList();
        var housed = new bool[index.ClientCount];
        var used = new bool[index.UnitCount];
        var clientsIn = new List<int>[neighbourhoods.Count];
        foreach (var p in chosen)
        {
            housed[pairs.ClientOf(p)] = true;
            used[pairs.UnitOf(p)] = true;
            (clientsIn[index.Units.Neighbourhood[pairs.UnitOf(p)]] ??= []).Add(pairs.ClientOf(p));
        }
        var load = new int[teams.Count];
        foreach (var t in CaseloadAssignment.Assign(index, [.. chosen.Select(p => (pairs.ClientOf(p), pairs.UnitOf(p)))]).Values)
        {
            load[t]++;
        }
        var quotas = problem.Quotas.Where(q => q.Applies && q.Cap is not null).ToList();
        var agreements = quotas.Select(q => q.Agreement).ToList();
        bool InAgreement(int a, int u) => agreements[a].Covers(problem.Units[u]);
        var agreementCount = agreements.Select((_, a) => chosen.Count(p => InAgreement(a, pairs.UnitOf(p)))).ToArray();
        var candidates = Enumerable.Range(0, pairs.Count).Where(p => !housed[pairs.ClientOf(p)])
            .OrderByDescending(p => scores[p].Housing).ThenByDescending(p => scores[p].Wishes).ThenBy(p => p);
        foreach (var p in candidates)
        {
            int c = pairs.ClientOf(p), u = pairs.UnitOf(p), b = index.Units.Neighbourhood[u];
            var others = clientsIn[b] ?? [];
            if (housed[c] || used[u] || others.Count + 1 > neighbourhoods.Room(b)
                || neighbourhoods.Existing[b] + others.Count + 1 > index.Clients.MaxPeers[c]
                || others.Any(o => neighbourhoods.Existing[b] + others.Count + 1 > index.Clients.MaxPeers[o])
                || Enumerable.Range(0, agreements.Count).Any(a => InAgreement(a, u) && agreementCount[a] + 1 > quotas[a].Cap))
            {
                continue;
            }
            var team = -1;
            if (!index.KeepsOwnTeam(c, u))
            {
                team = index.Units.TeamsCovering(u).FirstOrDefault(t => load[t] < teams[t].FreeCaseload, -1);
                if (team < 0)
                {
                    continue;
                }
                load[team]++;
            }
            placed[p] = housed[c] = used[u] = true;
            (clientsIn[b] ??= []).Add(c);
            for (var a = 0; a < agreements.Count; a++)
            {
                agreementCount[a] += InAgreement(a, u) ? 1 : 0;
            }
        }
    }

    // Drops the lowest-scoring unpinned placement that takes part in a broken constraint until none is broken.
    private static bool Repair(EligibilityIndex index, EligiblePairs pairs, ScoreTerms[] scores, HashSet<int> pinned, bool[] placed)
    {
        var problem = index.Problem;
        var neighbourhoods = index.Neighbourhoods;
        while (true)
        {
            var chosen = Enumerable.Range(0, pairs.Count).Where(p => placed[p]).ToList();
            var broken = new List<int>();
            foreach (var group in chosen.GroupBy(p => index.Units.Neighbourhood[pairs.UnitOf(p)]))
            {
                var count = group.Count();
                if (group.Any(p => neighbourhoods.Existing[group.Key] + count > index.Clients.MaxPeers[pairs.ClientOf(p)]))
                {
                    broken.AddRange(group);
                }
            }
            if (broken.Count == 0)
            {
                foreach (var (agreement, _, cap, _) in problem.Quotas.Where(q => q.Applies && q.Cap is not null))
                {
                    var inside = chosen.Where(p => agreement.Covers(problem.Units[pairs.UnitOf(p)])).ToList();
                    if (inside.Count > cap)
                    {
                        broken.AddRange(inside);
                    }
                }
            }
            if (broken.Count == 0)
            {
                try
                {
                    CaseloadAssignment.Assign(index, [.. chosen.Select(p => (pairs.ClientOf(p), pairs.UnitOf(p)))]);
                    return true;
                }
                catch (InvalidOperationException)
                {
                    broken.AddRange(chosen.Where(p => !index.KeepsOwnTeam(pairs.ClientOf(p), pairs.UnitOf(p))));
                }
            }
            var drop = broken.Where(p => !pinned.Contains(p)).OrderBy(p => scores[p].Housing).ThenByDescending(p => p).FirstOrDefault(-1);
            if (drop < 0)
            {
                return false;
            }
            placed[drop] = false;
        }
    }
}
