using System.Diagnostics;
using BeschermdThuis.Matching.Solver.Eligibility;
using BeschermdThuis.Matching.Solver.Model;
using BeschermdThuis.Matching.Solver.Problem;
using BeschermdThuis.Matching.Solver.Results;
using BeschermdThuis.Matching.Solver.Search;

namespace BeschermdThuis.Matching.Solver;

/// <summary>
/// Runs a match: eligibility, then the CP-SAT model solved goal by goal (true lexicographic optimisation:
/// maximise tier k, then keep tier k at least at its value while maximising tier k+1; two goals in a row are searched as
/// one where a weighted sum of them provably has the same optima, see <see cref="JointGoal"/>). Each goal goes through
/// <see cref="TierSearch"/>: the linear relaxation first, which on this model usually proves the optimum by itself,
/// then CP-SAT where it does not. Cancellation or the time limit stops the solver and returns the best solution so far
/// as Feasible. Stateless and thread-safe; the only clock it reads is a stopwatch for elapsed time.
/// </summary>
public static class MatchEngine
{
    public static string OrToolsVersion => Google.OrTools.Init.OrToolsVersion.VersionString();

    public static MatchResult Solve(MatchProblem problem, Action<MatchProgress>? progress = null, CancellationToken cancellation = default) =>
        Solve(new EligibilityIndex(problem), progress, cancellation);

    public static MatchResult Solve(EligibilityIndex index, Action<MatchProgress>? progress = null, CancellationToken cancellation = default) =>
        Solve(index, index.Problem.Options.TimeLimit, progress, cancellation);

    /// <summary>
    /// Solves with <paramref name="timeLimit"/> in place of the problem's own (and hashes the input with it): a caller
    /// under a deadline knows what is left for the solver only once the index is built.
    /// </summary>
    public static MatchResult Solve(EligibilityIndex index, TimeSpan? timeLimit, Action<MatchProgress>? progress, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var problem = index.Problem;
        var options = problem.Options.WithTimeLimit(timeLimit);
        var hash = CanonicalInput.Hash(problem, options);
        var pairs = index.FindEligiblePairs();
        var (pinned, ineligiblePins) = LocatePins(index, pairs);
        if (ineligiblePins.Count > 0)
        {
            return Empty(problem, SolveStatus.Infeasible, ineligiblePins, pairs.Count, clock.Elapsed, hash);
        }
        var (reduced, scores, reducedPins) = PairReduction.Reduce(index, pairs, pinned);
        var repaired = RepairedHousing(index, reduced, scores, reducedPins, options, cancellation);
        if (repaired is not null && Stopped(options, clock, cancellation))
        {
            // The limit is spent: the repaired matching is the answer, and the model, the largest part of the
            // preparation on a large input, is not built at all.
            return FlowMatch(index, reduced, scores, reducedPins, repaired, progress, pairs.Count, clock, hash);
        }
        var model = new MatchModel(index, reduced, scores, reducedPins, withAssumptions: false);
        var flow = FlowStart.Of(model, repaired);
        List<TierOutcome> tiers = flow is { Proven: true } ? [SettleByFlow(model, flow, progress, clock)] : [];
        var solution = flow is { Proven: true } ? flow.Values : null;
        using var search = new TierSearch(model, options, clock, progress, cancellation);
        var goals = options.Policy.Tiers;
        var joints = search.Joints(goals);
        var tierNumber = 0;
        while (tierNumber < goals.Count)
        {
            var goal = goals[tierNumber++];
            if (tierNumber == 1 && flow is { Proven: true })
            {
                continue;
            }
            // Until the housing goal is settled, the repaired matching is the best solution so far, with the flow's bound;
            // with no time left TierSearch returns it at once.
            var fromFlow = goal == MatchGoal.Housing && solution is null && flow is not null;
            if (Stopped(options, clock, cancellation) && !fromFlow)
            {
                tiers.Add(new TierOutcome(goal, SolveStatus.NotSolved, null, null, null, TimeSpan.Zero));
                continue;
            }
            var attempt = Stopwatch.StartNew();
            if (joints.TryGetValue(goal, out var joint) && search.Solve(joint, tierNumber, solution) is var (first, second))
            {
                if (first.Status == SolveStatus.Infeasible)
                {
                    return Infeasible(index, pairs, pinned, options, [.. tiers, new TierOutcome(goal, SolveStatus.Infeasible, null, null, null, first.Wall)], clock, hash);
                }
                tiers.Add(Settle(model, goal, first, null));
                tiers.Add(Settle(model, joint.Second, second, null));
                tierNumber++;
                solution = Found(second) ?? solution;
                continue;
            }
            // A joint search that gave up counts as this goal's time.
            var outcome = search.Solve(goal, tierNumber, solution ?? flow?.Values, fromFlow ? TierMethod.Flow : TierMethod.EarlierGoal);
            outcome = outcome with { Wall = attempt.Elapsed };
            if (outcome.Status == SolveStatus.Infeasible)
            {
                return Infeasible(index, pairs, pinned, options, [.. tiers, new TierOutcome(goal, SolveStatus.Infeasible, null, null, null, outcome.Wall)], clock, hash);
            }
            tiers.Add(Settle(model, goal, outcome, fromFlow ? flow : null));
            solution = Found(outcome) ?? solution;
        }
        solution = BreakTies(model, search, tiers, solution, tierNumber, options, clock, cancellation);
        if (solution is null)
        {
            return Empty(problem, SolveStatus.Unknown, [], pairs.Count, clock.Elapsed, hash) with { Tiers = tiers };
        }
        return Matched(model, solution, reducedPins, tiers, pairs.Count, clock.Elapsed, hash);
    }

    // No solution satisfies the hard rules (pins among them): the match reports the conflicts the diagnosis finds.
    private static MatchResult Infeasible(EligibilityIndex index, EligiblePairs pairs, List<int> pinned, MatchOptions options,
        IReadOnlyList<TierOutcome> tiers, Stopwatch clock, string hash) =>
        Empty(index.Problem, SolveStatus.Infeasible, InfeasibilityDiagnosis.Diagnose(index, pairs, pinned, options), pairs.Count, clock.Elapsed, hash)
            with { Tiers = tiers };

    private static MatchResult Matched(MatchModel model, long[] solution, IReadOnlyList<int> pinned, List<TierOutcome> tiers, int eligible, TimeSpan wall, string hash)
    {
        var overall = tiers.All(t => t.Status == SolveStatus.Optimal) ? SolveStatus.Optimal : SolveStatus.Feasible;
        return WithPairs(model.Index.Problem, overall, MatchedPairs.Read(model, solution, pinned), tiers, eligible, wall, hash);
    }

    // A result with these pairs; every client not among them is unmatched.
    private static MatchResult WithPairs(MatchProblem problem, SolveStatus status, List<MatchedPair> matched, IReadOnlyList<TierOutcome> tiers,
        int eligible, TimeSpan wall, string hash)
    {
        var housed = matched.Select(p => p.Client).ToHashSet();
        return new MatchResult(status, matched, [.. problem.Clients.Select(c => c.Reference).Where(c => !housed.Contains(c))], tiers, [],
            eligible, wall, OrToolsVersion, hash, problem.Options.RandomSeed);
    }

    private static long[]? Found(TierSearch.Outcome outcome) =>
        outcome is { Status: SolveStatus.Optimal or SolveStatus.Feasible, Objective: not null } ? outcome.Values : null;

    private static bool Stopped(MatchOptions options, Stopwatch clock, CancellationToken cancellation) =>
        cancellation.IsCancellationRequested || options.TimeLimit - clock.Elapsed <= TimeSpan.Zero;

    // The housing goal proven by the flow: reported, and kept at its value while the later goals are searched.
    private static TierOutcome SettleByFlow(MatchModel model, FlowStart flow, Action<MatchProgress>? progress, Stopwatch clock)
    {
        progress?.Invoke(new MatchProgress(MatchGoal.Housing, 1, flow.Value, flow.UpperBound, clock.Elapsed));
        model.Cp.Add(model.Goals[MatchGoal.Housing] >= flow.Value);
        return new TierOutcome(MatchGoal.Housing, SolveStatus.Optimal, flow.Value, flow.UpperBound, 0, flow.Wall, TierMethod.Flow);
    }

    // A goal's outcome as reported; a goal with a solution is kept at least at its value while the later goals are searched.
    private static TierOutcome Settle(MatchModel model, MatchGoal goal, TierSearch.Outcome outcome, FlowStart? flow)
    {
        switch (outcome)
        {
            case { Status: SolveStatus.Optimal or SolveStatus.Feasible, Objective: { } objective }:
                var bound = flow is not null ? Math.Min(outcome.Bound ?? long.MaxValue, flow.UpperBound) : outcome.Bound;
                model.Cp.Add(model.Goals[goal] >= objective);
                return new TierOutcome(goal, outcome.Status, objective, bound, bound is { } b ? Gap(b, objective) : null, outcome.Wall, outcome.Method);
            case { Invalid: { } info }:
                throw new InvalidOperationException($"the match model is invalid: {info}");
            default:
                return new TierOutcome(goal, SolveStatus.Unknown, null, null, null, outcome.Wall);
        }
    }

    // Equal on every goal: the tie-break picks one on purpose instead of leaving it to the solver's path, where the
    // relaxation can (TierSearch.Improve). Only when every goal is proven and time is left.
    private static long[]? BreakTies(MatchModel model, TierSearch search, List<TierOutcome> tiers, long[]? solution, int tierNumber,
        MatchOptions options, Stopwatch clock, CancellationToken cancellation) =>
        solution is null || !tiers.All(t => t.Status == SolveStatus.Optimal) || Stopped(options, clock, cancellation)
            ? solution
            : search.Improve(model.TieBreak, tierNumber + 1, solution);

    private static double Gap(long bound, long objective) => Math.Abs(bound - objective) / Math.Max(1.0, Math.Abs((double)objective));

    // Only the repaired matching, when the limit was spent before the model was built: the housing goal as the flow
    // settled it (optimal when the repair kept the flow's bound), every later goal not solved.
    private static MatchResult FlowMatch(EligibilityIndex index, EligiblePairs pairs, ScoreTerms[] scores, IReadOnlyList<int> pinned,
        RepairedFlow repaired, Action<MatchProgress>? progress, int eligible, Stopwatch clock, string hash)
    {
        var (outcome, wall) = repaired;
        var proven = outcome.Value == outcome.UpperBound;
        if (proven)
        {
            progress?.Invoke(new MatchProgress(MatchGoal.Housing, 1, outcome.Value, outcome.UpperBound, clock.Elapsed));
        }
        var problem = index.Problem;
        var housing = new TierOutcome(MatchGoal.Housing, proven ? SolveStatus.Optimal : SolveStatus.Feasible, outcome.Value, outcome.UpperBound,
            Gap(outcome.UpperBound, outcome.Value), wall, TierMethod.Flow);
        var tiers = problem.Options.Policy.Tiers.Skip(1).Select(goal => new TierOutcome(goal, SolveStatus.NotSolved, null, null, null, TimeSpan.Zero));
        var placed = Enumerable.Range(0, pairs.Count).Where(p => outcome.Placed[p]).ToList();
        return WithPairs(problem, SolveStatus.Feasible, MatchedPairs.Read(index, pairs, scores, placed, pinned), [housing, .. tiers],
            eligible, clock.Elapsed, hash);
    }

    // The housing goal as a max-weight matching, repaired into a feasible one (HousingFlow), and the time it took.
    private sealed record RepairedFlow(HousingFlow.Outcome Outcome, TimeSpan Wall);

    // Tier Housing first as a max-weight matching: a hint always, and the optimum when the relaxation's best is
    // feasible. Only when housing is the first goal.
    private static RepairedFlow? RepairedHousing(EligibilityIndex index, EligiblePairs pairs, ScoreTerms[] scores, IReadOnlyList<int> pins,
        MatchOptions options, CancellationToken cancellation)
    {
        if (options.Policy.Tiers[0] != MatchGoal.Housing || cancellation.IsCancellationRequested)
        {
            return null;
        }
        var clock = Stopwatch.StartNew();
        return HousingFlow.Solve(index, pairs, scores, pins) is { } outcome ? new RepairedFlow(outcome, clock.Elapsed) : null;
    }

    // The repaired matching, with its values for every hint variable (a complete solution of the model).
    private sealed record FlowStart(long UpperBound, long Value, long[] Values, TimeSpan Wall)
    {
        public bool Proven => Value == UpperBound;

        // Only when the model assigns the teams after solving: its hint variables have no team literals to fill.
        public static FlowStart? Of(MatchModel model, RepairedFlow? repaired) =>
            repaired is { Outcome: var outcome } && model.TeamChoices.Count == 0 && model.HintValues(outcome.Placed) is { } values
                ? new FlowStart(outcome.UpperBound, outcome.Value, values, repaired.Wall)
                : null;
    }

    internal static (List<int> Pinned, List<ConstraintConflict> Ineligible) LocatePins(EligibilityIndex index, EligiblePairs pairs)
    {
        var pinned = new List<int>();
        var ineligible = new List<ConstraintConflict>();
        foreach (var pin in index.Problem.Pinned)
        {
            int c = index.ClientIndex(pin.Client), u = index.UnitIndex(pin.UnitId);
            if (pairs.IndexOf(c, u) is var p and >= 0)
            {
                pinned.Add(p);
            }
            else
            {
                var failures = index.Evaluate(c, u);
                ineligible.Add(new ConstraintConflict(ConflictKind.PinIneligible, pin.ToString(), 0, 1,
                    $"pinned pair {pin} fails {string.Join("; ", failures)}"));
            }
        }
        return (pinned, ineligible);
    }

    private static MatchResult Empty(MatchProblem problem, SolveStatus status, IReadOnlyList<ConstraintConflict> conflicts, int eligible, TimeSpan wall, string hash) =>
        new(status, [], [.. problem.Clients.Select(c => c.Reference)], [], conflicts, eligible, wall, OrToolsVersion, hash, problem.Options.RandomSeed);
}
