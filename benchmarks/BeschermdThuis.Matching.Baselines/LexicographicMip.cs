using System.Diagnostics;
using BeschermdThuis.Matching.Solver;
using BeschermdThuis.Matching.Solver.Eligibility;
using BeschermdThuis.Matching.Solver.Model;
using BeschermdThuis.Matching.Solver.Problem;
using Mip = Google.OrTools.LinearSolver;

namespace BeschermdThuis.Matching.Baselines;

/// <summary>One goal of the MIP baseline: its value in the engine's units (as <c>TierOutcome.Objective</c>), or null when not solved.</summary>
public sealed record MipGoal(MatchGoal Goal, long? Value, bool Optimal, TimeSpan Wall);

/// <summary>
/// The MIP baseline's answer: every goal in the policy's order; <see cref="Proven"/> when all of them are optimal.
/// An infeasible problem (an ineligible pin, contradicting pins) has no values and is not proven.
/// </summary>
public sealed record MipOutcome(bool Proven, IReadOnlyList<MipGoal> Goals, TimeSpan Wall);

/// <summary>
/// The stronger baseline (issue 14): the five goals solved lexicographically as a mixed-integer program with OR-Tools'
/// own MIP solver, SCIP, the way an operations-research engineer writes it on a first day. The same eligible pairs and
/// the same rows as the engine (the engine's own model, pair reduction included, read as linear rows), every free
/// variable an integer column within its domain; then per goal in the policy's order: maximise it, and keep its
/// optimum as a row <c>goal ≥ optimum</c> for the next. No relaxation tricks, flows, cuts or fixings of the engine's own.
/// </summary>
public static class LexicographicMip
{
    /// <summary>The OR-Tools MIP backend used (SCIP ships with the Google.OrTools package).</summary>
    public const string Backend = "SCIP";

    /// <summary>Solves with one worker (SCIP searches on one thread).</summary>
    public static MipOutcome Solve(MatchProblem problem, TimeSpan timeLimit, CancellationToken cancellation = default) =>
        Solve(problem, timeLimit, 1, cancellation);

    /// <param name="problem">The match problem; its policy gives the goals and their order.</param>
    /// <param name="timeLimit">For the whole call, building the model included.</param>
    /// <param name="workers">Threads the MIP solver may use.</param>
    /// <param name="cancellation">Interrupts the MIP solver; the goals not proven by then are reported as such.</param>
    public static MipOutcome Solve(MatchProblem problem, TimeSpan timeLimit, int workers, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        var clock = Stopwatch.StartNew();
        var tiers = problem.Options.Policy.Tiers;
        var model = EngineModel(problem);
        using var mip = model is null ? null : MipModel.Create(model.Cp.Model, Backend);
        if (model is null || mip is null)
        {
            return new MipOutcome(false, [.. tiers.Select(goal => new MipGoal(goal, null, false, TimeSpan.Zero))], clock.Elapsed);
        }
        mip.Solver.SetNumThreads(workers);
        using var registration = cancellation.Register(() => mip.Solver.InterruptSolve());
        var goals = new List<MipGoal>();
        foreach (var goal in tiers)
        {
            var remaining = timeLimit - clock.Elapsed;
            var solved = goals.All(g => g.Optimal) && remaining > TimeSpan.Zero && !cancellation.IsCancellationRequested
                ? Maximise(mip, model, goal, remaining)
                : new MipGoal(goal, null, false, TimeSpan.Zero);
            goals.Add(solved);
        }
        return new MipOutcome(goals.All(g => g.Optimal), goals, clock.Elapsed);
    }

    // The model MatchEngine.Solve builds, or null when a pin is ineligible (the engine answers infeasible at once).
    private static MatchModel? EngineModel(MatchProblem problem)
    {
        var index = new EligibilityIndex(problem);
        var pairs = index.FindEligiblePairs();
        var (pinned, ineligible) = MatchEngine.LocatePins(index, pairs);
        if (ineligible.Count > 0)
        {
            return null;
        }
        var (reduced, scores, reducedPins) = PairReduction.Reduce(index, pairs, pinned);
        return new MatchModel(index, reduced, scores, reducedPins, withAssumptions: false);
    }

    // One goal: its expression as a CP-SAT objective (the path TierSearch takes), read back from the proto as the MIP's
    // objective; an optimum is kept as a row for the goals after it.
    private static MipGoal Maximise(MipModel mip, MatchModel model, MatchGoal goal, TimeSpan remaining)
    {
        var clock = Stopwatch.StartNew();
        model.Cp.Maximize(model.Goals[goal]);
        var terms = mip.ReadObjective();
        mip.SetObjective(terms);
        mip.Solver.SetTimeLimit(Math.Max(1, (long)remaining.TotalMilliseconds));
        // SCIP stops at a relative gap of 1e-4 by default: on the housing goal (up to millions) that is not an optimum.
        using var parameters = new Mip.MPSolverParameters();
        parameters.SetDoubleParam(Mip.MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0);
        var status = mip.Solver.Solve(parameters);
        if (status is not (Mip.Solver.ResultStatus.OPTIMAL or Mip.Solver.ResultStatus.FEASIBLE))
        {
            return new MipGoal(goal, null, false, clock.Elapsed);
        }
        var value = terms.ValueOf(mip.CheckedSolution());
        if (Math.Abs(value - mip.Solver.Objective().Value()) >= 0.5)
        {
            throw new InvalidOperationException($"{Backend} reports {mip.Solver.Objective().Value()} for {goal}, its solution scores {value}");
        }
        var optimal = status == Mip.Solver.ResultStatus.OPTIMAL;
        if (optimal)
        {
            mip.Keep(terms, value);
        }
        return new MipGoal(goal, value, optimal, clock.Elapsed);
    }
}
