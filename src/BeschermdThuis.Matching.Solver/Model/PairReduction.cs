using BeschermdThuis.Matching.Solver.Eligibility;

namespace BeschermdThuis.Matching.Solver.Model;

/// <summary>
/// Drops eligible pairs that can never be needed for a lexicographic optimum, so the model stays small.
/// A pair (c, u) in neighbourhood b is dropped when at least <c>room(b)</c> other units of b are eligible for c, have
/// the same effect on every constraint (same corporation, so the same agreements; the same care-team situation for c)
/// and score at least as well for c on every per-pair goal (ties broken by unit index).
/// Why that is exact: at most room(b) clients are placed in b, so if c sits in u, at most room(b) − 1 of those units are
/// taken by others and one is free; moving c there keeps every constraint and loses nothing on any goal. The
/// "dominates" order is strict and transitive, so repeating the move ends in a kept pair. Pinned pairs are always kept.
/// </summary>
internal static class PairReduction
{
    public static (EligiblePairs Pairs, ScoreTerms[] Scores, int[] Pinned) Reduce(EligibilityIndex index, EligiblePairs pairs, IReadOnlyList<int> pinned)
    {
        var problem = index.Problem;
        if (problem.CareTeams.Count > 62)
        {
            return (pairs, [.. Enumerable.Range(0, pairs.Count).Select(p => PairScorer.Score(index, pairs.ClientOf(p), pairs.UnitOf(p)))], [.. pinned]);
        }
        var nb = index.Neighbourhoods;
        var units = index.Units;
        var corporation = new Dictionary<string, int>(StringComparer.Ordinal);
        var unitCorporation = problem.Units.Select(u => corporation.TryGetValue(u.CorporationId, out var k) ? k : corporation[u.CorporationId] = corporation.Count).ToArray();
        var teamMask = new long[index.UnitCount];
        for (var u = 0; u < index.UnitCount; u++)
        {
            foreach (var t in units.TeamsCovering(u).Where(t => problem.CareTeams[t].FreeCaseload > 0))
            {
                teamMask[u] |= 1L << t;
            }
        }
        var pinnedSet = pinned.ToHashSet();
        var keptClients = new List<int>(pairs.Count);
        var keptUnits = new List<int>(pairs.Count);
        var keptScores = new List<ScoreTerms>(pairs.Count);
        var pinnedOut = new List<int>();
        var start = 0;
        while (start < pairs.Count)
        {
            var client = pairs.ClientOf(start);
            var end = start;
            while (end < pairs.Count && pairs.ClientOf(end) == client)
            {
                end++;
            }
            var candidates = new List<Candidate>(end - start);
            for (var p = start; p < end; p++)
            {
                var u = pairs.UnitOf(p);
                var kept = index.KeepsOwnTeam(client, u);
                var score = PairScorer.Score(index, client, u);
                candidates.Add(new Candidate(p, u, new GroupKey(units.Neighbourhood[u], unitCorporation[u], kept, kept ? 0 : teamMask[u]), score));
            }
            foreach (var group in candidates.GroupBy(x => x.Key))
            {
                var members = group.ToList();
                var room = nb.Room(group.Key.Neighbourhood);
                foreach (var m in members)
                {
                    var dominators = 0;
                    if (!pinnedSet.Contains(m.Pair) && members.Count > room)
                    {
                        foreach (var other in members)
                        {
                            if (other.Pair != m.Pair && Dominates(other, m) && ++dominators >= room)
                            {
                                break;
                            }
                        }
                    }
                    if (dominators < room || pinnedSet.Contains(m.Pair))
                    {
                        if (pinnedSet.Contains(m.Pair))
                        {
                            pinnedOut.Add(keptClients.Count);
                        }
                        keptClients.Add(client);
                        keptUnits.Add(m.Unit);
                        keptScores.Add(m.Score);
                    }
                }
            }
            start = end;
        }
        // Keep the order by client, then unit, as EligiblePairs promises.
        var order = Enumerable.Range(0, keptClients.Count).OrderBy(i => keptClients[i]).ThenBy(i => keptUnits[i]).ToArray();
        var position = new int[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            position[order[i]] = i;
        }
        return (new EligiblePairs([.. order.Select(i => keptClients[i])], [.. order.Select(i => keptUnits[i])]),
            [.. order.Select(i => keptScores[i])],
            [.. pinnedOut.Select(i => position[i])]);
    }

    private static bool Dominates(Candidate a, Candidate b)
    {
        if (a.Score.Wishes < b.Score.Wishes || a.Score.Recovery < b.Score.Recovery || a.Score.Stability < b.Score.Stability)
        {
            return false;
        }
        var equal = a.Score.Wishes == b.Score.Wishes && a.Score.Recovery == b.Score.Recovery && a.Score.Stability == b.Score.Stability;
        return !equal || a.Unit < b.Unit;
    }

    private readonly record struct GroupKey(int Neighbourhood, int Corporation, bool KeepsTeam, long Teams);

    private sealed record Candidate(int Pair, int Unit, GroupKey Key, ScoreTerms Score);
}
