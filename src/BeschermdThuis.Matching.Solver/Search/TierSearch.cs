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

    private const int MaxCutRounds = 10;

    // The kept relaxation is read again once this share of the pair columns it holds has been fixed: a GLOP solve costs
    // in proportion to the columns it holds, fixed or not, and a new read holds only the free ones. On the tight family
    // at 200 x 500 the housing goal fixes 15-40 % of the pairs, and reading again after it made the slowest matches
    // 15-20 % faster; on the Demo family 20 % (issue 14).
    private const double ReadAgainWhenFixed = 0.2;

    private readonly HashSet<int> _isPair = [.. model.Assigned.Select(x => x.GetIndex())];

    // The relaxation with every column, kept across the goals and the level branching of this match (WarmRelaxation);
    // read the first time a relaxation may have every column, and again once ReadAgainWhenFixed of the free pairs it
    // was read with (_warmColumns) are fixed.
    private WarmRelaxation? _warm;
    private bool _warmRead;
    private int _warmColumns;

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

    // Step 1: the relaxation, with the alone cuts it violates added round after round; `Exact` is its solution when
    // that is integral and satisfies the model.
    // `stopAtBrokenLevel`: no cut round for a relaxation that breaks a peer level, for a caller that will not branch.
    private (RelaxationOutcome? Relaxation, long[]? Exact) SolveRelaxation(SearchBudget budget, Func<int, bool>? startWith, bool stopAtBrokenLevel = false)
    {
        var relaxation = Relax(budget, startWith, readKept: false);
        var exact = relaxation?.IntegralSolution(Proto);
        for (var round = 0; round < MaxCutRounds && relaxation is not null && exact is null
            && !(stopAtBrokenLevel && Levels.Breaks(relaxation.Values))
            && model.PeerCuts.AddViolated(model.Cp, relaxation.Values) > 0; round++)
        {
            relaxation = Relax(budget, startWith, readKept: true);
            exact = relaxation?.IntegralSolution(Proto);
        }
        return (relaxation, exact);
    }

    // With every column, the relaxation kept across solves; from scratch (LinearRelaxation) when the model is large, when
    // the kept one fails, and as long as no relaxation of this match has needed more than one solve. The kept one is read
    // (`readKept`) only for a cut round or the level branching: a solve from scratch has GLOP's presolve, which the kept
    // one goes without to keep its basis, and on the instances whose every goal the first relaxation settles (12 of 20
    // tight ones at 200 x 500) the kept one made each match 20-50 ms slower.
    private RelaxationOutcome? Relax(SearchBudget budget, Func<int, bool>? startWith, bool readKept) =>
        budget.IsUsedUp ? null
            : (startWith is null && (readKept || _warmRead) ? Warm()?.Solve(budget.Remaining) : null)
                ?? LinearRelaxation.Solve(Proto, budget.Remaining, cancellation, startWith);

    // Only outside a FixedDomains scope (WarmRelaxation.For).
    private WarmRelaxation? Warm()
    {
        if (!_warmRead)
        {
            (_warm, _warmRead, _warmColumns) = (WarmRelaxation.For(Proto, cancellation), true, FreePairs());
        }
        return _warm;
    }

    // Sets the goal a search maximises. Between goals is where literals have been fixed for good, so that is where the
    // kept relaxation is let go when it has shrunk.
    private void Maximize(LinearExpr expression)
    {
        ForgetKeptWhenShrunk();
        model.Cp.Maximize(expression);
    }

    private void ForgetKeptWhenShrunk()
    {
        if (_warmRead && FreePairs() < (1 - ReadAgainWhenFixed) * _warmColumns)
        {
            _warm?.Dispose();
            (_warm, _warmRead) = (null, false);
        }
    }

    // The pair literals not fixed yet.
    private int FreePairs() => _isPair.Count(v => Proto.Variables[v].Domain[0] != Proto.Variables[v].Domain[1]);

    public void Dispose() => _warm?.Dispose();

    private Outcome? ProvenByRelaxation(Tier tier, RelaxationOutcome relaxation, long[]? exact) =>
        exact is not null && ModelSolutionCheck.ObjectiveValue(Proto, exact) is var value && value >= relaxation.IntegerBound
            ? Proven(tier, relaxation, HintValuesOf(exact), value, TierMethod.Relaxation)
            : null;

    // The solution the goals before this one left may already reach this goal's bound (it is then optimal, however
    // fractional the relaxation's own solution is). On a Demo instance at 200 x 500 the spread goal's was, and diving and
    // CP-SAT spent 4.4 s finding a solution as good.
    private Outcome? ReachedByIncumbent(Tier tier, RelaxationOutcome relaxation, Incumbent best) =>
        best.Values is { } incumbent && ModelValues(incumbent) is var values && ModelSolutionCheck.Satisfies(Proto, values)
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
            && ModelValues(incumbent) is var values && ModelSolutionCheck.Satisfies(Proto, values))
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
