using BeschermdThuis.Matching.Solver.Eligibility;
using BeschermdThuis.Matching.Solver.Model;
using BeschermdThuis.Matching.Solver.Problem;
using BeschermdThuis.Matching.Solver.Search;
using Google.OrTools.Sat;

namespace BeschermdThuis.Matching.Solver.Results;

/// <summary>
/// Explains an infeasible match: the hard constraints that can contradict a pin get assumption literals, and
/// CP-SAT's sufficient assumptions for infeasibility name a small set that cannot hold together. The core needs
/// a single worker, so only this solve runs with one.
/// </summary>
public static class InfeasibilityDiagnosis
{
    internal static IReadOnlyList<ConstraintConflict> Diagnose(EligibilityIndex index, EligiblePairs pairs, IReadOnlyList<int> pinned, MatchOptions options)
    {
        var scores = Enumerable.Range(0, pairs.Count).Select(p => PairScorer.Score(index, pairs.ClientOf(p), pairs.UnitOf(p))).ToArray();
        var model = new MatchModel(index, pairs, scores, pinned, withAssumptions: true);
        var parameters = new SatParameters { NumWorkers = 1, RandomSeed = options.RandomSeed };
        if (options.TimeLimit is { } limit)
        {
            parameters.MaxTimeInSeconds = limit.TotalSeconds;
        }
        using var solver = new CpSolver { StringParameters = SatParametersText.Format(parameters) };
        var status = solver.Solve(model.Cp, null);
        if (status != CpSolverStatus.Infeasible)
        {
            return [];
        }
        return [.. solver.SufficientAssumptionsForInfeasibility()
            .Select(model.AssumptionMeaning)
            .OfType<ConstraintConflict>()
            .OrderBy(c => c.Kind == ConflictKind.Pin ? 1 : 0)
            .ThenBy(c => c.Subject, StringComparer.Ordinal)];
    }
}
