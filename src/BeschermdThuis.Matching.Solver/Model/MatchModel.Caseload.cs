using BeschermdThuis.Matching.Solver.Results;
using Google.OrTools.Sat;

namespace BeschermdThuis.Matching.Solver.Model;

internal sealed partial class MatchModel
{
    // Care-team caseload without a team variable per pair: a pair that needs a new team belongs to the class of the
    // teams that cover its unit and have room. A team assignment exists exactly when, for every set T of teams, the
    // pairs whose candidate teams all lie in T fit in the free caseload of T (Hall's condition for b-matchings).
    // The teams are assigned after solving (CaseloadAssignment).
    /// <summary>
    /// Principle 6, supported living: every client who needs a new care team can get one that covers the unit and has
    /// room in its caseload, written as one row per set of teams.
    /// </summary>
    private void AddCaseloadByTeamSets()
    {
        var teams = Index.Problem.CareTeams;
        var classes = PairsNeedingATeam()
            .GroupBy(pair => CandidateTeams(pair).Aggregate(0, (mask, team) => mask | (1 << team)))
            .OrderBy(group => group.Key)
            .Select(group => (Mask: group.Key, Pairs: group.ToList(), Most: Math.Min(
                group.Select(pair => Pairs.UnitOf(pair)).Distinct().Count(), group.Select(pair => Pairs.ClientOf(pair)).Distinct().Count())))
            .ToList();
        var counts = new Dictionary<int, LinearExpr>();
        foreach (var (mask, pairs, most) in classes)
        {
            var count = Cp.NewIntVar(0, most, $"new_team_class_{mask}");
            Cp.Add(count == LinearExpr.Sum(pairs.Select(pair => Assigned[pair])));
            _hints.AddDerived(count, pairs, +1, 0);
            counts[mask] = count;
        }
        var union = classes.Aggregate(0, (mask, teamClass) => mask | teamClass.Mask);
        for (var set = union; set > 0; set = (set - 1) & union)
        {
            var inside = classes.Where(teamClass => (teamClass.Mask & ~set) == 0).ToList();
            if (inside.Count == 0 || inside.Aggregate(0, (mask, teamClass) => mask | teamClass.Mask) != set)
            {
                continue; // implied by the smaller set its classes span
            }
            var free = Enumerable.Range(0, teams.Count).Where(team => (set & (1 << team)) != 0).Sum(team => teams[team].FreeCaseload);
            if (inside.Sum(teamClass => teamClass.Most) <= free)
            {
                continue;
            }
            Cp.Add(LinearExpr.Sum(inside.Select(teamClass => counts[teamClass.Mask])) <= free);
        }
    }

    /// <summary>
    /// Principle 6, supported living: every client who needs a new care team gets one that covers the unit and has
    /// room in its caseload, written with a team literal per pair (for many teams, and to name a conflicting team).
    /// </summary>
    private void AddCaseloadPerTeam()
    {
        var teams = Index.Problem.CareTeams;
        var load = new List<(ILiteral Literal, int Pair)>[teams.Count];
        foreach (var pair in PairsNeedingATeam())
        {
            var candidates = CandidateTeams(pair).ToArray();
            (int, ILiteral)[] choice;
            if (candidates.Length == 1)
            {
                choice = [(candidates[0], Assigned[pair])];
            }
            else
            {
                choice = [.. candidates.Select(team => (team, (ILiteral)Cp.NewBoolVar($"team_{pair}_{team}")))];
                Cp.Add(LinearExpr.Sum(choice.Select(chosen => (LinearExpr)(BoolVar)chosen.Item2)) == Assigned[pair]);
                _hints.AddTeamLiterals(choice.Select(chosen => (IntVar)(BoolVar)chosen.Item2));
            }
            TeamChoices[pair] = choice;
            foreach (var (team, literal) in choice)
            {
                (load[team] ??= []).Add((literal, pair));
            }
        }
        for (var team = 0; team < teams.Count; team++)
        {
            if (load[team] is not { } list || list.Count <= teams[team].FreeCaseload)
            {
                continue;
            }
            var pins = list.Count(l => _pinned.Contains(l.Pair));
            var (id, free) = (teams[team].Id, teams[team].FreeCaseload);
            _assumptions.Enforce(Cp.Add(LinearExpr.Sum(list.Select(l => (LinearExpr)(BoolVar)l.Literal)) <= free),
                new ConstraintConflict(ConflictKind.CareTeamCaseload, id, free, pins, $"care team {id} can take {free} more clients; {pins} pinned pairs may need it"));
        }
    }

    // The pairs whose client does not keep their own care team there, in pair order.
    private IEnumerable<int> PairsNeedingATeam() =>
        Enumerable.Range(0, Pairs.Count).Where(pair => !Index.KeepsOwnTeam(Pairs.ClientOf(pair), Pairs.UnitOf(pair)));

    // The teams that cover the pair's unit and have room.
    private IEnumerable<int> CandidateTeams(int pair) =>
        Index.Units.TeamsCovering(Pairs.UnitOf(pair)).Where(team => Index.Problem.CareTeams[team].FreeCaseload > 0);
}
