using System.Diagnostics;
using BeschermdThuis.Matching.Solver.Problem;
using BeschermdThuis.Matching.Solver.Results;
using Google.OrTools.Sat;

namespace BeschermdThuis.Matching.Solver.Search;

internal sealed partial class TierSearch
{
    // The relaxation's bound is exact to 1e-9 of its size (RelaxationOutcome), so a joint goal whose values stay within
    // this still tells whole units of its second goal apart, ten times over.
    private const double MaxJointMagnitude = 1e8;

    private Dictionary<int, int>? _clientOfPair;

    /// <summary>
    /// The goals of <paramref name="goals"/> (the policy's order) that are searched together with the next one, by the
    /// first of the two. Paired from the last goal back, and never the first goal, which the flow starts or settles. On
    /// the tight family at 200 × 500 the stability and spread goals each took a level branching of 3-9 nodes over the
    /// same levels; searched as one they took one, about half the time of the two (issue 14). A pairing made before the
    /// search stays exact after it: fixings and kept optima only narrow the spans a weight was chosen for.
    /// </summary>
    public IReadOnlyDictionary<MatchGoal, JointGoal> Joints(IReadOnlyList<MatchGoal> goals)
    {
        var joints = new Dictionary<MatchGoal, JointGoal>();
        for (var second = goals.Count - 1; second >= 2; second--)
        {
            if (Joint(goals[second - 1], goals[second]) is { } joint)
            {
                joints[joint.First] = joint;
                second--;
            }
        }
        return joints;
    }

    // `first` and then `second` as one goal, or null when the joint goal's values would be too large for the
    // relaxation's bound to be exact to a unit.
    private JointGoal? Joint(MatchGoal first, MatchGoal second)
    {
        var (firstLeast, firstMost) = Span(model.Goals[first]);
        var (secondLeast, secondMost) = Span(model.Goals[second]);
        var weight = (double)secondMost - secondLeast + 1;
        var magnitude = (weight * Math.Max(Math.Abs((double)firstLeast), Math.Abs((double)firstMost)))
            + Math.Max(Math.Abs((double)secondLeast), Math.Abs((double)secondMost));
        return magnitude <= MaxJointMagnitude ? new JointGoal(first, second, (long)weight, secondLeast) : null;
    }

    /// <summary>
    /// Maximises <paramref name="joint"/>'s goals, the first as tier <paramref name="tierNumber"/>, from
    /// <paramref name="incumbent"/> (values of the hint variables, or null): one outcome per goal, in its own units. The
    /// search's time is the first goal's; the second has none of its own. Null when the joint goal's relaxation neither
    /// settles it nor can be branched on by peer levels: the goals are then searched one by one. The joint relaxation's
    /// optimal face is the lexicographic one, and where it has fractional vertices GLOP can end on one where the goals'
    /// own relaxations, one after the other, end integral (a Demo instance at 200 × 500: 0.02 s goal by goal, 0.26 s by
    /// CP-SAT jointly).
    /// </summary>
    public (Outcome First, Outcome Second)? Solve(JointGoal joint, int tierNumber, long[]? incumbent)
    {
        var (first, second) = (model.Goals[joint.First], model.Goals[joint.Second]);
        var tier = new Tier(joint.First, tierNumber, Budget(null), Stopwatch.StartNew(), joint.FirstOf);
        if (Search((joint.Weight * first) + second, tier, incumbent, TierMethod.EarlierGoal, byRelaxationOrLevels: true) is not { } outcome)
        {
            return null;
        }
        if (outcome is not { Status: SolveStatus.Optimal or SolveStatus.Feasible, Values: { } values })
        {
            return (outcome, outcome with { Wall = TimeSpan.Zero });
        }
        var solution = model.ModelValues(values);
        var (firstValue, secondValue) = (ValueOf(first, solution), ValueOf(second, solution));
        var firstBound = outcome.Bound is { } bound ? joint.FirstOf(bound) : (long?)null;
        // Only among the solutions that keep the first goal at its optimum does the joint bound bound the second.
        var secondBound = firstBound == firstValue ? outcome.Bound - (joint.Weight * firstValue) : null;
        var secondProven = secondValue >= secondBound;
        if (secondProven)
        {
            progress?.Invoke(new MatchProgress(joint.Second, tierNumber + 1, secondValue, secondValue, clock.Elapsed));
        }
        return (
            outcome with { Status = firstValue >= firstBound ? SolveStatus.Optimal : SolveStatus.Feasible, Objective = firstValue, Bound = firstBound },
            outcome with { Status = secondProven ? SolveStatus.Optimal : SolveStatus.Feasible, Objective = secondValue, Bound = secondBound, Wall = TimeSpan.Zero });
    }

    // The least and the most a goal can be in any solution: a client has at most one pair, so its pairs add between the
    // least and the most of their weights and 0; any other variable stays within its domain.
    private (long Least, long Most) Span(LinearExpr goal)
    {
        var (terms, constant) = Terms(goal);
        var (least, most) = (constant, constant);
        var byClient = new Dictionary<int, (long Least, long Most)>();
        foreach (var (variable, weight) in terms)
        {
            if (ClientOfPair.TryGetValue(variable, out var client))
            {
                var (low, high) = byClient.GetValueOrDefault(client);
                byClient[client] = (Math.Min(low, weight), Math.Max(high, weight));
                continue;
            }
            var domain = Proto.Variables[variable].Domain;
            (least, most) = (least + Math.Min(weight * domain[0], weight * domain[^1]), most + Math.Max(weight * domain[0], weight * domain[^1]));
        }
        return (least + byClient.Values.Sum(span => span.Least), most + byClient.Values.Sum(span => span.Most));
    }

    // Sets the model's objective, as Terms does.
    private long ValueOf(LinearExpr goal, long[] modelValues)
    {
        model.Cp.Maximize(goal);
        return ModelSolutionCheck.ObjectiveValue(Proto, modelValues);
    }

    // A goal's weight per model variable and its constant, as CP-SAT reads the expression (it stores "maximise e" as
    // "minimise -e"). Sets the model's objective: every search sets its own before it starts.
    private (List<(int Variable, long Weight)> Terms, long Constant) Terms(LinearExpr goal)
    {
        model.Cp.Maximize(goal);
        var objective = Proto.Objective;
        var terms = objective.Vars.Select((variable, k) => (variable, -objective.Coeffs[k])).ToList();
        return (terms, -(long)objective.Offset);
    }

    private Dictionary<int, int> ClientOfPair => _clientOfPair ??= Enumerable.Range(0, model.Assigned.Length)
        .ToDictionary(pair => model.Assigned[pair].GetIndex(), model.Pairs.ClientOf);
}
