using BeschermdThuis.Matching.Solver.Eligibility;

namespace BeschermdThuis.Matching.Solver.Results;

/// <summary>
/// Gives every placed client who needs a new care team a team that covers the unit and has room, by augmenting
/// paths (a bipartite b-matching). The model's team-set constraints guarantee one exists; the order is fixed, so the
/// same pairs always get the same teams.
/// </summary>
internal static class CaseloadAssignment
{
    /// <summary>Team index per (client, unit) in <paramref name="placed"/>; pairs that keep their own team are left out.</summary>
    public static Dictionary<(int Client, int Unit), int> Assign(EligibilityIndex index, IReadOnlyList<(int Client, int Unit)> placed)
    {
        var teams = index.Problem.CareTeams;
        var needing = placed.Where(p => !index.KeepsOwnTeam(p.Client, p.Unit)).ToList();
        var candidates = needing.Select(p => index.Units.TeamsCovering(p.Unit).Where(t => teams[t].FreeCaseload > 0).ToArray()).ToList();
        var holders = Enumerable.Range(0, teams.Count).Select(_ => new List<int>()).ToArray();
        var assigned = new int[needing.Count];
        Array.Fill(assigned, -1);
        for (var i = 0; i < needing.Count; i++)
        {
            if (!TryPlace(i, new bool[teams.Count]))
            {
                throw new InvalidOperationException($"no care team with room for {needing[i]}: the caseload constraints do not hold");
            }
        }
        return needing.Select((p, i) => (p, assigned[i])).ToDictionary(x => x.p, x => x.Item2);

        bool TryPlace(int i, bool[] visited)
        {
            foreach (var t in candidates[i])
            {
                if (visited[t])
                {
                    continue;
                }
                visited[t] = true;
                if (holders[t].Count < teams[t].FreeCaseload)
                {
                    holders[t].Add(i);
                    assigned[i] = t;
                    return true;
                }
                foreach (var other in holders[t].ToList())
                {
                    if (TryPlace(other, visited))
                    {
                        holders[t].Remove(other);
                        holders[t].Add(i);
                        assigned[i] = t;
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
