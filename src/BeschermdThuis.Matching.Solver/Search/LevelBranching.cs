using BeschermdThuis.Matching.Solver.Model;
using Google.OrTools.Sat;

namespace BeschermdThuis.Matching.Solver.Search;

/// <summary>
/// Best-first branch-and-bound over the peer levels of the neighbourhoods, for a goal whose relaxation is fractional
/// because of the per-client peer limits. Placing client c in neighbourhood b needs new_b ≤ room_c; in the relaxation a
/// fraction of c lets new_b exceed room_c. A node splits b at a room t that some fractional client breaks: either
/// new_b ≤ t, or every client with room ≤ t stays out of b. Every solution lies in one of the two (its own new_b is at
/// most t, or above t and then none of its clients in b has room ≤ t), and each cuts off the relaxation's solution. With
/// b split down to one level its peer rows are implied and its relaxation is that of a flow. Where no peer level is
/// broken and the solution is still fractional, the node splits on a pair literal instead.
/// Each node's bound is the relaxation's bound under its domains (<see cref="RelaxationOutcome"/>, from our own dual
/// sums), and a node whose bound does not beat the best solution so far is closed. The optimum is proven when no node is
/// left open; a node the relaxation cannot settle (GLOP fails or runs out of time) ends the search without a proof.
/// </summary>
internal sealed class LevelBranching(CpModelProto model, IReadOnlyList<PeerLevel> levels, IReadOnlyList<int> pairLiterals)
{
    private const double Epsilon = 1e-6;

    /// <summary>
    /// The best value reached (the cutoff when nothing beat it) and its solution per model variable (the incumbent's
    /// when nothing beat it); <see cref="Proven"/> when no solution is better.
    /// </summary>
    public sealed record Outcome(bool Proven, long Value, long[]? Values, int Nodes);

    // A node: its parent's domains narrowed by its own (variable, lower, upper); Bound is the parent's relaxation bound.
    private sealed record Node(Node? Parent, (int Variable, long Lower, long Upper)[] Narrowed, long Bound);

    /// <param name="cutoff">The goal value of <paramref name="incumbent"/>, a solution of the model; long.MinValue when there is none.</param>
    /// <param name="incumbent">Values per model variable, or null.</param>
    /// <param name="root">The relaxation of the model as it is, for fixing literals by their reduced costs.</param>
    /// <param name="relaxation">The relaxation the nodes are solved in; its domains are the model's again afterwards.</param>
    /// <param name="budget">Ends the search without a proof when used up.</param>
    /// <param name="maxNodes">The most relaxations solved.</param>
    /// <param name="quickNodes">Solve the nodes by Dantzig's rule first (<see cref="WarmRelaxation.Solve"/>).</param>
    public Outcome Solve(long cutoff, long[]? incumbent, RelaxationOutcome root, WarmRelaxation relaxation, SearchBudget budget, int maxNodes,
        bool quickNodes = true)
    {
        // Only solutions above the cutoff matter: the literals the root's reduced costs fix for those leave the relaxation.
        using var fixings = new FixedDomains(model);
        foreach (var (variable, value) in cutoff == long.MinValue ? [] : root.Fixings(pairLiterals, cutoff + 1))
        {
            fixings.Narrow(variable, value, value);
        }
        // Largest bound first; among equal bounds the newest node, which dives towards a solution.
        var open = new PriorityQueue<Node, (long, int)>();
        var sequence = 0;
        open.Enqueue(new Node(null, [], long.MaxValue), (-long.MaxValue, 0));
        var (best, values, nodes) = (cutoff, incumbent, 0);
        while (open.TryDequeue(out var node, out _))
        {
            if (node.Bound <= best)
            {
                break; // every open node's bound is at most this one's
            }
            if (nodes++ >= maxNodes || budget.IsUsedUp)
            {
                return new Outcome(false, best, values, nodes);
            }
            if (Expand(node, relaxation, budget, quickNodes, ref best, ref values) is not (var bound, var children))
            {
                return new Outcome(false, best, values, nodes);
            }
            foreach (var narrowed in children)
            {
                open.Enqueue(new Node(node, narrowed, bound), (-bound, -++sequence));
            }
        }
        return new Outcome(true, best, values, nodes);
    }

    // Solves the node's relaxation: its bound and children (none when the node is closed: no solution there, none
    // better than the best so far, or an integral one at its bound, which becomes the best). Null when the relaxation
    // cannot settle it: GLOP failed, or the solution is fractional in neither a peer level nor a pair.
    private (long Bound, (int, long, long)[][] Children)? Expand(Node node, WarmRelaxation relaxation, SearchBudget budget, bool quick, ref long best, ref long[]? values)
    {
        using var domains = new FixedDomains(model);
        if (!Narrow(node, domains))
        {
            return (best, []);
        }
        if (relaxation.Solve(budget.Remaining, node: quick) is not { } solved)
        {
            return null;
        }
        if (solved.IntegerBound <= best)
        {
            return (best, []);
        }
        if (solved.IntegralSolution(model) is { } exact && ModelSolutionCheck.ObjectiveValue(model, exact) is var value)
        {
            (best, values) = value > best ? (value, exact) : (best, values);
            if (value >= solved.IntegerBound)
            {
                return (best, []);
            }
        }
        return Split(solved.Values) is { } children ? (solved.IntegerBound, children) : null;
    }

    /// <summary>True when the relaxation's solution <paramref name="x"/> (per model variable) breaks a peer level.</summary>
    public bool Breaks(double[] x) => BrokenLevel(x) is not null;

    // Applies the node's domains, its ancestors' first; false when a domain becomes empty.
    private static bool Narrow(Node node, FixedDomains domains) =>
        (node.Parent is null || Narrow(node.Parent, domains)) && node.Narrowed.All(n => domains.Narrow(n.Variable, n.Lower, n.Upper));

    // The two children's narrowings: on the peer level the relaxation breaks most, else on the most fractional pair.
    private (int, long, long)[][]? Split(double[] x)
    {
        if (BrokenLevel(x) is var (level, room))
        {
            var closed = level.Clients.Where(c => c.Room <= room).SelectMany(c => c.Literals).Select(v => (v, 0L, 0L));
            return [[(level.Count, 0, room)], [.. closed]];
        }
        var pair = pairLiterals.Where(v => x[v] > Epsilon && x[v] < 1 - Epsilon)
            .OrderBy(v => Math.Abs(x[v] - 0.5)).ThenBy(v => v).FirstOrDefault(-1);
        return pair < 0 ? null : [[(pair, 0, 0)], [(pair, 1, 1)]];
    }

    // The level whose clients' fractions break it most (Σ fraction × how far new_b exceeds the room), and the largest
    // room among the clients that break it.
    private (PeerLevel Level, int Room)? BrokenLevel(double[] x)
    {
        (PeerLevel, int)? worst = null;
        var worstBreak = Epsilon;
        foreach (var level in levels)
        {
            var (count, upper) = (x[level.Count], model.Variables[level.Count].Domain[1]);
            var (broken, largest) = (0.0, int.MinValue);
            foreach (var (room, literals) in level.Clients.Where(c => c.Room < upper))
            {
                var share = literals.Sum(v => x[v]);
                if (share > Epsilon && room < count - Epsilon)
                {
                    (broken, largest) = (broken + (share * (count - room)), Math.Max(largest, room));
                }
            }
            if (broken > worstBreak)
            {
                (worst, worstBreak) = ((level, largest), broken);
            }
        }
        return worst;
    }
}
