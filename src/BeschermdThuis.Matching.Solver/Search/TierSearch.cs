using System.Diagnostics;
using BeschermdThuis.Matching.Solver.Model;
using BeschermdThuis.Matching.Solver.Problem;
using BeschermdThuis.Matching.Solver.Results;
using Google.OrTools.Sat;

namespace BeschermdThuis.Matching.Solver.Search;

/// <summary>
/// Maximises one goal of the model, in steps that each stop as soon as the optimum is proven:
/// <list type="number">
/// <item>the linear relaxation (GLOP), with the cuts for clients who must be alone added while it violates them: when its
/// solution is integral it is the optimum, proven by the relaxation's bound;</item>
/// <item>when the relaxation breaks a peer limit: a branch-and-bound over the neighbourhoods' peer levels
/// (<see cref="LevelBranching"/>), up to a number of nodes;</item>
/// <item>diving in the relaxation while its bound holds;</item>
/// <item>CP-SAT restricted to the pairs the relaxation uses plus those of the best solution so far (a small model, solved
/// in a moment): when it reaches the relaxation's bound it is the optimum;</item>
/// <item>CP-SAT on the whole model, hinted with the best solution so far.</item>
/// </list>
/// Before the last step every pair literal that the relaxation's reduced costs prove cannot take part in a solution as
/// good as the best so far is fixed, and after a proven optimum every literal that no optimal solution changes is fixed,
/// so later goals search a smaller model. All of it is exact: a fixed literal never cuts off a solution the goal keeps.
/// On a model small enough for a relaxation with every column, the goals, cut rounds and level branching of a match share
/// one relaxation (<see cref="WarmRelaxation"/>), each solve starting from the vertex where the last one ended.
/// The step that settled the goal is reported as <see cref="TierMethod"/>.
/// </summary>
internal sealed partial class TierSearch(MatchModel model, MatchOptions options, Stopwatch clock, Action<MatchProgress>? progress, CancellationToken cancellation)
    : IDisposable
{
    /// <summary>The goal's outcome; <see cref="Values"/> are the values of the model's hint variables.</summary>
    public sealed record Outcome(SolveStatus Status, long? Objective, long? Bound, long[]? Values, TimeSpan Wall, TierMethod Method, string? Invalid = null);

    // The goal being searched: how it is reported (Reported turns a value of what is maximised into the goal's own), the
    // time it may use, and its own clock for the wall time.
    private sealed record Tier(MatchGoal? Goal, int Number, SearchBudget Budget, Stopwatch Clock, Func<long, long>? Reported = null)
    {
        public long ReportedValue(long value) => Reported?.Invoke(value) ?? value;

        /// <summary>Two goals searched as one (<see cref="JointGoal"/>).</summary>
        public bool IsJoint => Reported is not null;
    }

    // The best solution so far (values of the hint variables) and the step that found it.
    private sealed record Incumbent(long[]? Values, TierMethod Source);

    private LevelBranching? _levels;

    private CpModelProto Proto => model.Cp.Model;

    private LevelBranching Levels => _levels ??= new LevelBranching(Proto, model.PeerLevels, [.. model.Assigned.Select(x => x.GetIndex())]);

    /// <summary>The CP-SAT work (deterministic time) spent by every search of this match so far.</summary>
    public SearchWork Work { get; } = new();

    /// <summary>
    /// Maximises <paramref name="goal"/>; <paramref name="incumbent"/> is the best solution so far (values of the hint
    /// variables), or null, and <paramref name="incumbentSource"/> the step that found it.
    /// </summary>
    public Outcome Solve(MatchGoal goal, int tierNumber, long[]? incumbent, TierMethod incumbentSource = TierMethod.EarlierGoal) =>
        Solve(model.Goals[goal], goal, tierNumber, incumbent, null, incumbentSource);

    /// <summary>
    /// Maximises <paramref name="expression"/>, reporting progress as <paramref name="goal"/> (none when null), within
    /// the match's time limit and, when given, within <paramref name="workBudget"/> of CP-SAT work. Stopped before any step improves on
    /// <paramref name="incumbent"/>, the incumbent is the answer (feasible): it satisfies every goal fixed so far.
    /// </summary>
    public Outcome Solve(LinearExpr expression, MatchGoal? goal, int tierNumber, long[]? incumbent, double? workBudget,
        TierMethod incumbentSource = TierMethod.EarlierGoal) =>
        Search(expression, new Tier(goal, tierNumber, Budget(workBudget), Stopwatch.StartNew()), incumbent, incumbentSource, byRelaxationOrLevels: false)!;

    private SearchBudget Budget(double? workBudget) => SearchBudget.Until(options.TimeLimit, Work, workBudget, clock);

    // Every step in turn. `byRelaxationOrLevels`: null, before diving and CP-SAT, when no relaxation could be solved or
    // it neither settles the goal nor can be branched on by peer levels.
    private Outcome? Search(LinearExpr expression, Tier tier, long[]? incumbent, TierMethod incumbentSource, bool byRelaxationOrLevels)
    {
        var best = new Incumbent(incumbent, incumbentSource);
        Maximize(expression);
        var used = Support(incumbent);
        var startWith = StartColumns(used);
        var (relaxation, exact) = SolveRelaxation(tier.Budget, startWith);
        if (relaxation is null)
        {
            return byRelaxationOrLevels ? null : FullSearch(tier, null, best);
        }
        // No solution exceeds the bound; as a constraint it lets CP-SAT stop the moment a solution reaches it.
        // (Stopping the search from the solution callback instead has crashed the native solver in postsolve.)
        model.Cp.Add(expression <= relaxation.IntegerBound);
        if ((ProvenByRelaxation(tier, relaxation, exact) ?? ReachedByIncumbent(tier, relaxation, best)) is { } proven)
        {
            return proven;
        }
        if (byRelaxationOrLevels && !MayBranchOnLevels(relaxation))
        {
            return null;
        }
        if ((ProvenByLevels(tier, relaxation, ref best) ?? ProvenByDiving(tier, relaxation, used, startWith)) is { } settled)
        {
            return settled;
        }
        var near = SearchNearRelaxation(tier, relaxation, best.Values);
        if (near is { Values: { } nearValues, Objective: { } nearValue })
        {
            if (nearValue >= relaxation.IntegerBound)
            {
                return Proven(tier, relaxation, nearValues, nearValue, TierMethod.RelaxationSupport);
            }
            if (best.Values is null || nearValue > GoalValue(best.Values))
            {
                best = new Incumbent(nearValues, TierMethod.RelaxationSupport);
            }
        }
        if (best.Values is not null)
        {
            FixProvenLiterals(relaxation, GoalValue(best.Values));
        }
        return FullSearch(tier, relaxation, best);
    }

    public void Dispose() => _warm?.Dispose();

    private Outcome? ProvenByRelaxation(Tier tier, RelaxationOutcome relaxation, long[]? exact) =>
        exact is not null && ModelSolutionCheck.ObjectiveValue(Proto, exact) is var value && value >= relaxation.IntegerBound
            ? Proven(tier, relaxation, HintValuesOf(exact), value, TierMethod.Relaxation)
            : null;

    // The solution the goals before this one left may already reach this goal's bound (it is then optimal, however
    // fractional the relaxation's own solution is). On a Demo instance at 200 x 500 the spread goal's was, and diving and
    // CP-SAT spent 4.4 s finding a solution as good.
    private Outcome? ReachedByIncumbent(Tier tier, RelaxationOutcome relaxation, Incumbent best) =>
        best.Values is { } incumbent && model.ModelValues(incumbent) is var values && ModelSolutionCheck.Satisfies(Proto, values)
            && ModelSolutionCheck.ObjectiveValue(Proto, values) is var value && value >= relaxation.IntegerBound
            ? Proven(tier, relaxation, incumbent, value, best.Source)
            : null;

    // Step 2.
    private Outcome? ProvenByDiving(Tier tier, RelaxationOutcome relaxation, HashSet<int> used, Func<int, bool>? startWith) =>
        Dive(tier.Budget, relaxation, used, startWith) is { } dived
            ? Proven(tier, relaxation, HintValuesOf(dived), ModelSolutionCheck.ObjectiveValue(Proto, dived), TierMethod.Diving)
            : null;

    // Step 4: CP-SAT on the whole model. Stopped before it found anything, the incumbent is the answer when the model
    // (with every fixing so far) accepts it.
    private Outcome FullSearch(Tier tier, RelaxationOutcome? relaxation, Incumbent best)
    {
        var full = RunCpSat(tier, best.Values, tier.Budget.Remaining, relaxation?.IntegerBound);
        if (full.Status == SolveStatus.Optimal && relaxation is not null)
        {
            FixProvenLiterals(relaxation, full.Objective!.Value);
        }
        var bound = (full.Bound, relaxation?.IntegerBound) switch
        {
            ({ } searched, { } relaxed) => Math.Min(searched, relaxed),
            (var searched, var relaxed) => searched ?? relaxed,
        };
        // Checked rather than assumed: the incumbent meets the goals fixed so far, and every fixing keeps such solutions.
        if (full is { Status: SolveStatus.Unknown, Invalid: null } && best.Values is { } incumbent
            && model.ModelValues(incumbent) is var values && ModelSolutionCheck.Satisfies(Proto, values))
        {
            return new Outcome(SolveStatus.Feasible, ModelSolutionCheck.ObjectiveValue(Proto, values), bound, incumbent, tier.Clock.Elapsed, best.Source);
        }
        return full with { Bound = bound, Wall = tier.Clock.Elapsed };
    }

    private Outcome Proven(Tier tier, RelaxationOutcome relaxation, long[] values, long value, TierMethod method)
    {
        if (tier.Goal is { } reported)
        {
            progress?.Invoke(new MatchProgress(reported, tier.Number, tier.ReportedValue(value), tier.ReportedValue(value), clock.Elapsed));
        }
        FixProvenLiterals(relaxation, value);
        return new Outcome(SolveStatus.Optimal, value, value, values, tier.Clock.Elapsed, method);
    }

    // Fixes for good every pair literal that has the same value in all solutions reaching `reached` on the current goal.
    private void FixProvenLiterals(RelaxationOutcome relaxation, long reached)
    {
        foreach (var (variable, value) in relaxation.Fixings(model.Assigned.Select(x => x.GetIndex()), reached))
        {
            FixedDomains.FixForGood(Proto, variable, value);
        }
    }
}
