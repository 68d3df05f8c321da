using BeschermdThuis.Matching.Baselines;
using BeschermdThuis.Matching.Solver;
using BeschermdThuis.Matching.Solver.Eligibility;
using BeschermdThuis.Matching.Solver.Problem;

namespace BeschermdThuis.Matching.Benchmarks.Workloads;

/// <summary>
/// The runs the match benchmarks share. Each records its outcome, which <see cref="Print"/> writes at the end of the
/// benchmark process (a run that hits its time limit did not prove optimality, so its ratio is a bound).
/// </summary>
public sealed class MatchRuns
{
    private readonly List<string> _outcomes = [];

    public long MinCostFlowFloor(string size, MatchProblem problem, EligibilityIndex index)
    {
        var value = FlowFloor.Solve(problem, index);
        _outcomes.Add($"{size} min-cost flow: housing {value}");
        return value;
    }

    public int Engine(string size, MatchProblem problem)
    {
        var result = MatchEngine.Solve(problem);
        _outcomes.Add($"{size} engine: {result.Status}, {result.Pairs.Count} pairs, eligible {result.EligiblePairCount}, tiers "
            + string.Join("; ", result.Tiers.Select(t => $"{t.Goal} {t.Status} {t.Objective}/{t.BestBound} {t.WallTime.TotalSeconds:0.0}s")));
        return result.Pairs.Count;
    }

    public void Add(string outcome) => _outcomes.Add(outcome);

    public void Print()
    {
        foreach (var line in _outcomes)
        {
            Console.WriteLine($"// OUTCOME {line}");
        }
        _outcomes.Clear();
    }
}
