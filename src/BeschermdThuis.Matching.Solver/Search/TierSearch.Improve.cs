using System.Diagnostics;
using Google.OrTools.Sat;

namespace BeschermdThuis.Matching.Solver.Search;

internal sealed partial class TierSearch
{
    /// <summary>
    /// Improves <paramref name="incumbent"/> (values of the hint variables) on <paramref name="expression"/> where the
    /// relaxation alone can, to choose among solutions that are equal on every goal: the relaxation with its cut rounds,
    /// whose solution, when integral, is the best of them all. Otherwise the incumbent stays. A relaxation that breaks a
    /// peer level gets no cut round: only a branching could make it integral, and on the tight family at 200 × 500 none
    /// that did became integral in its rounds, which took up to 180 ms.
    /// </summary>
    /// <remarks>
    /// It does not set out to prove, and it runs no CP-SAT, so it is as reproducible as the relaxation. Until 2026-12-02
    /// it ran every step of a goal's search (0.4-1.3 s of a 2-3 s match at 200 × 500), then the relaxation and CP-SAT near
    /// the relaxation's support (50-400 ms): neither ever improved on the incumbent, on 34 instances at 200 × 500 (Tight
    /// 20, Demo 10, Spread 4) whose tie-break relaxation was fractional (issue 14).
    /// </remarks>
    public long[] Improve(LinearExpr expression, int tierNumber, long[] incumbent)
    {
        var tier = new Tier(null, tierNumber, Budget(null), Stopwatch.StartNew());
        Maximize(expression);
        var (relaxation, exact) = SolveRelaxation(tier.Budget, StartColumns(Support(incumbent)), stopAtBrokenLevel: true);
        return relaxation is not null && ProvenByRelaxation(tier, relaxation, exact) is { Values: { } optimal } ? optimal : incumbent;
    }
}
