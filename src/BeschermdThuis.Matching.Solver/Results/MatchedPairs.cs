using BeschermdThuis.Matching.Solver.Model;

namespace BeschermdThuis.Matching.Solver.Results;

/// <summary>Reads the pairs of a solution of the match model, each with the care team that supports the client there.</summary>
internal static class MatchedPairs
{
    /// <param name="model">The model solved.</param>
    /// <param name="solution">Values of the model's hint variables.</param>
    /// <param name="pinned">The pinned pairs (indices into the model's pairs).</param>
    public static List<MatchedPair> Read(MatchModel model, long[] solution, IReadOnlyList<int> pinned)
    {
        var problem = model.Index.Problem;
        var values = model.HintVariables.Select((v, i) => (v.GetIndex(), solution[i])).ToDictionary(t => t.Item1, t => t.Item2);
        var pinnedSet = pinned.ToHashSet();
        var result = new List<MatchedPair>();
        var placed = Enumerable.Range(0, model.Pairs.Count).Where(p => values[model.Assigned[p].GetIndex()] != 0).ToList();
        var newTeams = model.TeamChoices.Count > 0
            ? []
            : CaseloadAssignment.Assign(model.Index, [.. placed.Select(p => (model.Pairs.ClientOf(p), model.Pairs.UnitOf(p)))]);
        foreach (var p in placed)
        {
            int c = model.Pairs.ClientOf(p), u = model.Pairs.UnitOf(p);
            string? team;
            if (model.TeamChoices.TryGetValue(p, out var choices))
            {
                var chosen = choices.First(ch => values[ch.Literal.GetIndex()] != 0);
                team = problem.CareTeams[chosen.Team].Id;
            }
            else if (newTeams.TryGetValue((c, u), out var t))
            {
                team = problem.CareTeams[t].Id;
            }
            else
            {
                team = problem.Clients[c].CareTeamId;
            }
            var unit = problem.Units[u];
            result.Add(new MatchedPair(problem.Clients[c].Reference, unit.Id, unit.Neighbourhood, team, pinnedSet.Contains(p), model.Scores[p]));
        }
        return result;
    }
}
