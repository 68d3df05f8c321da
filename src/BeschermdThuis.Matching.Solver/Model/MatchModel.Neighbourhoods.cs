using BeschermdThuis.Matching.Solver.Results;
using Google.OrTools.Sat;

namespace BeschermdThuis.Matching.Solver.Model;

internal sealed partial class MatchModel
{
    /// <summary>
    /// Neighbourhood load capacity: no more new placements than the neighbourhood allows per period, and no more
    /// protected homes than its ceiling.
    /// </summary>
    private void AddNeighbourhoodLimits(int neighbourhood, List<int> pairsThere, LinearExpr newPlacements)
    {
        var neighbourhoods = Index.Neighbourhoods;
        var code = neighbourhoods.Codes[neighbourhood];
        var newLimit = neighbourhoods.NewLimit[neighbourhood];
        var (existing, ceiling) = (neighbourhoods.Existing[neighbourhood], neighbourhoods.Ceiling[neighbourhood]);
        var pins = pairsThere.Count(_pinned.Contains);
        _assumptions.Enforce(Cp.Add(newPlacements <= newLimit), new ConstraintConflict(ConflictKind.NeighbourhoodNewPlacements,
            code.Value, newLimit, pins, $"neighbourhood {code} allows {newLimit} new placements; {pins} pinned pairs need it"));
        _assumptions.Enforce(Cp.Add(newPlacements <= ceiling - existing), new ConstraintConflict(ConflictKind.NeighbourhoodCeiling,
            code.Value, ceiling, pins,
            $"neighbourhood {code} has {existing} protected homes and a ceiling of {ceiling}; {pins} pinned pairs need it"));
    }

    /// <summary>
    /// Spreading over neighbourhoods (wijkspreiding): every new placement above a share of the neighbourhood's limit
    /// costs the spread goal.
    /// </summary>
    private void AddSpreadPenalty(int neighbourhood, List<int> pairsThere, LinearExpr newPlacements, LinearExprBuilder spread)
    {
        var policy = Index.Problem.Options.Policy.Spread;
        var threshold = Index.Neighbourhoods.NewLimit[neighbourhood] * policy.ThresholdPercentOfLimit / 100;
        // Within the neighbourhood's limits no more than its room is placed there. A diagnosis may let the limits go
        // (ConflictAssumptions), so there only the pairs bound the excess. The tighter bound keeps the spread goal's span
        // small enough to search it jointly with the goal before it (TierSearch.Joints).
        var most = _assumptions.Enabled ? pairsThere.Count : Math.Min(pairsThere.Count, Index.Neighbourhoods.Room(neighbourhood));
        if (most <= threshold)
        {
            return;
        }
        var excess = Cp.NewIntVar(0, most - threshold, $"excess_{neighbourhood}");
        Cp.Add(excess >= newPlacements - threshold);
        _hints.AddDerived(excess, pairsThere, +1, -threshold);
        spread.AddTerm(excess, -policy.PenaltyPerPlacementAboveThreshold);
    }

    // Placing client c in b requires existing_b + new_b <= c's own peer limit (new_b counts c too). With room
    // k = limit - existing below the most that b can take, that is new_b + (most - k) * in_c_b <= most, where in_c_b is
    // the sum of c's pairs in b. new_b is one count variable per neighbourhood, so each client's constraint has only
    // c's own pairs in it, and the LP gets the full strength of the rule per client. (Sharing one literal among the
    // clients with the same room, as before, let the LP spread fractions over them: a weak bound at 100 x 500.)
    /// <summary>
    /// Principle 2, recovery leads the location: a client is placed only where the protected homes, the client's own
    /// new one among them, stay within the number of peers that client accepts.
    /// </summary>
    private void AddPeerLimits(int neighbourhood, List<int> pairsThere, LinearExpr newPlacements)
    {
        var neighbourhoods = Index.Neighbourhoods;
        var existing = neighbourhoods.Existing[neighbourhood];
        // As in AddSpreadPenalty: a diagnosis may let the neighbourhood's limits go, so there only the pairs bound the count.
        var most = Math.Min(_assumptions.Enabled ? int.MaxValue : neighbourhoods.Room(neighbourhood), Math.Min(
            pairsThere.Select(pair => Pairs.UnitOf(pair)).Distinct().Count(), pairsThere.Select(pair => Pairs.ClientOf(pair)).Distinct().Count()));
        var byClient = pairsThere.GroupBy(pair => Pairs.ClientOf(pair)).ToDictionary(group => group.Key, group => group.ToList());
        var limited = byClient
            .Select(group => (Client: group.Key, Pairs: group.Value, Room: Index.Clients.MaxPeers[group.Key] - existing))
            .Where(client => client.Room < most)
            .OrderBy(client => client.Client)
            .ToList();
        if (limited.Count == 0)
        {
            return;
        }
        var count = Cp.NewIntVar(0, most, $"new_{neighbourhood}");
        Cp.Add(count == newPlacements);
        _hints.AddDerived(count, pairsThere, +1, 0);
        // Clients who accept no other new placement beside themselves (room 1) exclude each other as well: when one of
        // them is placed, new_b is 1, so at most one of them is. As one row over all of them this is much stronger in the
        // LP than their rows one by one. It is implied by their peer rows, so a diagnosis, which may let those go
        // (ConflictAssumptions), goes without it: else two pinned clients who must be alone would conflict with no peer
        // limit named.
        var alone = limited.Where(client => client.Room == 1).ToList();
        if (alone.Count > 1 && !_assumptions.Enabled)
        {
            Cp.Add(count + ((most - 1) * LinearExpr.Sum(alone.SelectMany(client => client.Pairs).Select(pair => Assigned[pair]))) <= most);
        }
        if (alone.Count > 0)
        {
            PeerCuts.Add(alone.Select(client => client.Client), byClient.ToDictionary(group => group.Key, group => group.Value.Select(pair => Assigned[pair]).ToArray()));
        }
        PeerLevels.Add(new PeerLevel(count.GetIndex(), most, [.. limited.Select(c => (c.Room, c.Pairs.Select(pair => Assigned[pair].GetIndex()).ToArray()))]));
        var code = neighbourhoods.Codes[neighbourhood];
        foreach (var (client, pairs, room) in limited)
        {
            var reference = Index.Problem.Clients[client].Reference;
            var conflict = new ConstraintConflict(ConflictKind.PeerLimit, $"{reference}@{code}", existing + room, 0,
                $"client {reference} accepts at most {existing + room} peers in {code}, which has {existing} protected homes");
            _assumptions.Enforce(Cp.Add(count + ((most - room) * LinearExpr.Sum(pairs.Select(pair => Assigned[pair]))) <= most), conflict);
        }
    }
}
