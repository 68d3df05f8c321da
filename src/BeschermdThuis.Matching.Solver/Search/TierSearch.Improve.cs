using System.Diagnostics;
using Google.OrTools.Sat;

namespace BeschermdThuis.Matching.Solver.Search;

internal sealed partial class TierSearch
{
    /// <summary>
    /// Improves <paramref name="incumbent"/> (values of the hint variables) on <paramref name="expression"/> as far as
    /// it comes cheap, to choose among solutions that are equal on every goal: the relaxation, optimal when its solution
    /// is integral, and otherwise CP-SAT on the pairs that the relaxation and the incumbent use, within
    /// <paramref name="workBudget"/> of CP-SAT work. Returns the better solution, or the incumbent.
    /// </summary>
    /// <remarks>
    /// Unlike the search for a goal it does not set out to prove: the level branching, diving and the search of the
    /// whole model exist to prove a goal. For the tie-break they took 0.4-1.3 s of a 2-3 s match on the 200 × 500 Demo
    /// and Tight instances (issue 14) and never improved on the incumbent.
    /// </remarks>
    public long[] Improve(LinearExpr expression, int tierNumber, long[] incumbent, double workBudget)
    {
        var tier = new Tier(null, tierNumber, SearchBudget.Until(options.TimeLimit, Work, workBudget, clock), Stopwatch.StartNew());
        model.Cp.Maximize(expression);
        var (relaxation, exact) = SolveRelaxation(tier.Budget, StartColumns(Support(incumbent)));
        if (relaxation is null)
        {
            return incumbent;
        }
        model.Cp.Add(expression <= relaxation.IntegerBound);
        if (ProvenByRelaxation(tier, relaxation, exact) is { Values: { } optimal })
        {
            return optimal;
        }
        var reached = GoalValue(incumbent);
        if (reached >= relaxation.IntegerBound)
        {
            return incumbent;
        }
        return SearchNearRelaxation(tier, relaxation, incumbent) is { Values: { } near, Objective: { } value } && value > reached
            ? near
            : incumbent;
    }
}
