using Google.OrTools.Sat;

namespace BeschermdThuis.Matching.Solver.Model;

/// <summary>
/// The variables a solution of the match model is given by, in the order the model creates them: the pair literals
/// first, then the auxiliaries. Counts, excesses and shortfalls follow from the placed pairs, so a matching found
/// outside CP-SAT gives values for all of them; care-team literals do not.
/// </summary>
internal sealed class SolutionHints
{
    private readonly List<IntVar> _variables = [];
    private readonly List<Derived> _derived = [];
    private bool _hasTeamLiterals;

    public IReadOnlyList<IntVar> Variables => _variables;

    public void AddPair(BoolVar literal) => _variables.Add(literal);

    /// <summary>
    /// An auxiliary variable at max(0, sign * (placed pairs among <paramref name="pairs"/>) + offset): a count (equal to
    /// the sum), an excess above a threshold, a shortfall below a target. All are non-negative by their domains.
    /// </summary>
    public void AddDerived(IntVar variable, IReadOnlyList<int> pairs, int sign, long offset)
    {
        _derived.Add(new Derived(_variables.Count, pairs, sign, offset));
        _variables.Add(variable);
    }

    public void AddTeamLiterals(IEnumerable<IntVar> literals)
    {
        _variables.AddRange(literals);
        _hasTeamLiterals = true;
    }

    /// <summary>
    /// The values of <see cref="Variables"/> for the matching <paramref name="placed"/> (per pair), each auxiliary at the
    /// least value its rows allow; null when there are team literals, which a matching does not determine.
    /// </summary>
    public long[]? ValuesFor(IReadOnlyList<bool> placed, int pairCount)
    {
        if (_hasTeamLiterals)
        {
            return null;
        }
        var values = new long[_variables.Count];
        for (var pair = 0; pair < pairCount; pair++)
        {
            values[pair] = placed[pair] ? 1 : 0;
        }
        foreach (var (variable, pairs, sign, offset) in _derived)
        {
            values[variable] = Math.Max(0, (sign * pairs.Count(pair => placed[pair])) + offset);
        }
        return values;
    }

    private sealed record Derived(int Variable, IReadOnlyList<int> Pairs, int Sign, long Offset);
}
