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
        var unitCorporation = CorporationPerUnit(index);
        var teamMask = TeamsPerUnit(index);
        var pinnedSet = pinned.ToHashSet();
        var kept = new KeptPairs(pairs.Count);
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
                var keepsTeam = index.KeepsOwnTeam(client, u);
                var score = PairScorer.Score(index, client, u);
                candidates.Add(new Candidate(p, u, new GroupKey(index.Units.Neighbourhood[u], unitCorporation[u], keepsTeam, keepsTeam ? 0 : teamMask[u]), score));
            }
            foreach (var group in candidates.GroupBy(x => x.Key))
            {
                KeepUndominated(client, group.ToList(), index.Neighbourhoods.Room(group.Key.Neighbourhood), pinnedSet, kept);
            }
            start = end;
        }
        return kept.InPairOrder();
    }

    // Keeps the members of one group (one client, interchangeable units) that fewer than `room` others dominate, and the pinned ones.
    private static void KeepUndominated(int client, List<Candidate> members, int room, HashSet<int> pinned, KeptPairs kept)
    {
        foreach (var m in members)
        {
            var dominators = 0;
            if (!pinned.Contains(m.Pair) && members.Count > room)
            {
                foreach (var other in members)
                {
                    if (other.Pair != m.Pair && Dominates(other, m) && ++dominators >= room)
                    {
                        break;
                    }
                }
            }
            if (dominators < room || pinned.Contains(m.Pair))
            {
                kept.Add(client, m.Unit, m.Score, pinned.Contains(m.Pair));
            }
        }
    }

    // Per unit: its corporation as a small number, so units of the same corporation compare equal.
    private static int[] CorporationPerUnit(EligibilityIndex index)
    {
        var corporation = new Dictionary<string, int>(StringComparer.Ordinal);
        return [.. index.Problem.Units.Select(u => corporation.TryGetValue(u.CorporationId, out var k) ? k : corporation[u.CorporationId] = corporation.Count)];
    }

    // Per unit: the care teams that cover it and have room, as a bit mask.
    private static long[] TeamsPerUnit(EligibilityIndex index)
    {
        var teamMask = new long[index.UnitCount];
        for (var u = 0; u < index.UnitCount; u++)
        {
            foreach (var t in index.Units.TeamsCovering(u).Where(t => index.Problem.CareTeams[t].FreeCaseload > 0))
            {
                teamMask[u] |= 1L << t;
            }
        }
        return teamMask;
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

    // The pairs kept, in the order they were kept, and which of them are pinned.
    private sealed class KeptPairs(int capacity)
    {
        private readonly List<int> _clients = new(capacity);
        private readonly List<int> _units = new(capacity);
        private readonly List<ScoreTerms> _scores = new(capacity);
        private readonly List<int> _pinned = [];

        public void Add(int client, int unit, ScoreTerms score, bool pinned)
        {
            if (pinned)
            {
                _pinned.Add(_clients.Count);
            }
            _clients.Add(client);
            _units.Add(unit);
            _scores.Add(score);
        }

        // In the order by client, then unit, as EligiblePairs promises.
        public (EligiblePairs Pairs, ScoreTerms[] Scores, int[] Pinned) InPairOrder()
        {
            var order = Enumerable.Range(0, _clients.Count).OrderBy(i => _clients[i]).ThenBy(i => _units[i]).ToArray();
            var position = new int[order.Length];
            for (var i = 0; i < order.Length; i++)
            {
                position[order[i]] = i;
            }
            return (new EligiblePairs([.. order.Select(i => _clients[i])], [.. order.Select(i => _units[i])]),
                [.. order.Select(i => _scores[i])],
                [.. _pinned.Select(i => position[i])]);
        }
    }
}
