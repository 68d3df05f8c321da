using BeschermdThuis.Matching.Solver.Eligibility;
using BeschermdThuis.Matching.Solver.Model;

namespace BeschermdThuis.Matching.Solver.Results;

/// <summary>Reads the pairs of a solution, each with the care team that supports the client there.</summary>
internal static class MatchedPairs
{
    /// <param name="model">The model solved.</param>
    /// <param name="solution">Values of the model's hint variables.</param>
    /// <param name="pinned">The pinned pairs (indices into the model's pairs).</param>
    public static List<MatchedPair> Read(MatchModel model, long[] solution, IReadOnlyList<int> pinned)
    {
        var values = model.HintVariables.Select((v, i) => (v.GetIndex(), solution[i])).ToDictionary(t => t.Item1, t => t.Item2);
        var placed = Enumerable.Range(0, model.Pairs.Count).Where(p => values[model.Assigned[p].GetIndex()] != 0).ToList();
        Func<int, int?>? chosenTeam = model.TeamChoices.Count == 0 ? null : pair =>
            model.TeamChoices.TryGetValue(pair, out var choices) ? choices.First(ch => values[ch.Literal.GetIndex()] != 0).Team : null;
        return Read(model.Index, model.Pairs, model.Scores, placed, pinned, chosenTeam);
    }

    /// <summary>
    /// The pairs <paramref name="placed"/> (indices into <paramref name="pairs"/>). A client who needs a new team gets the
    /// one <paramref name="chosenTeam"/> names when the solver chose the teams, or else one that
    /// <see cref="CaseloadAssignment"/> finds for all of them.
    /// </summary>
    public static List<MatchedPair> Read(EligibilityIndex index, EligiblePairs pairs, ScoreTerms[] scores, IReadOnlyList<int> placed,
        IReadOnlyList<int> pinned, Func<int, int?>? chosenTeam = null)
    {
        var problem = index.Problem;
        var pinnedSet = pinned.ToHashSet();
        var newTeams = chosenTeam is not null
            ? []
            : CaseloadAssignment.Assign(index, [.. placed.Select(p => (pairs.ClientOf(p), pairs.UnitOf(p)))]);
        var result = new List<MatchedPair>(placed.Count);
        foreach (var p in placed)
        {
            int c = pairs.ClientOf(p), u = pairs.UnitOf(p);
            var team = chosenTeam?.Invoke(p) is { } t ? problem.CareTeams[t].Id
                : newTeams.TryGetValue((c, u), out var assigned) ? problem.CareTeams[assigned].Id
                : problem.Clients[c].CareTeamId;
            var unit = problem.Units[u];
            result.Add(new MatchedPair(problem.Clients[c].Reference, unit.Id, unit.Neighbourhood, team, pinnedSet.Contains(p), scores[p]));
        }
        return result;
    }
}
