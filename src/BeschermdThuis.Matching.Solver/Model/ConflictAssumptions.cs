using BeschermdThuis.Matching.Solver.Results;
using Google.OrTools.Sat;

namespace BeschermdThuis.Matching.Solver.Model;

/// <summary>
/// The hard constraints that can contradict a pin, for diagnosing an infeasible match: when enabled each is enforced by
/// its own assumption literal, so CP-SAT's sufficient assumptions for infeasibility name a conflicting set of them in
/// domain terms. When not enabled the constraints stay plain rows and nothing is recorded.
/// </summary>
internal sealed class ConflictAssumptions(CpModel cp, bool enabled)
{
    private readonly Dictionary<int, ConstraintConflict> _meanings = [];
    private readonly Dictionary<int, BoolVar> _literals = [];

    /// <summary>True when the constraints are enforced by assumption literals, which a diagnosis may let go.</summary>
    public bool Enabled => enabled;

    public void Enforce(Constraint constraint, ConstraintConflict meaning)
    {
        if (!enabled)
        {
            return;
        }
        var literal = cp.NewBoolVar($"assume_{_meanings.Count}");
        _meanings[literal.GetIndex()] = meaning;
        _literals[literal.GetIndex()] = literal;
        constraint.OnlyEnforceIf(literal);
    }

    /// <summary>Declares the literals to CP-SAT as assumptions (after the last constraint is added).</summary>
    public void AddToModel()
    {
        if (enabled)
        {
            cp.AddAssumptions(_meanings.Keys.Order().Select(index => (ILiteral)_literals[index]));
        }
    }

    public ConstraintConflict? Meaning(int literalIndex) => _meanings.GetValueOrDefault(literalIndex);
}
