using BeschermdThuis.Matching.Simulation.Measures;

namespace BeschermdThuis.Matching.Simulation.Runs;

/// <summary>
/// What a simulation run gives a board: per scenario, in the order given, every measure per period and in total with
/// its 95 % interval; and the scenarios side by side against the baseline.
/// </summary>
public sealed record SimulationResult(IReadOnlyList<ScenarioEstimates> Scenarios, ScenarioComparison Comparison)
{
    public ScenarioEstimates this[string scenario] =>
        Scenarios.FirstOrDefault(s => s.Scenario == scenario) ?? throw new KeyNotFoundException($"no scenario '{scenario}'");

    public bool Equals(SimulationResult? other) =>
        other is not null && Scenarios.SequenceEqual(other.Scenarios) && Comparison == other.Comparison;

    public override int GetHashCode() => HashCode.Combine(Scenarios.Count, Comparison);
}
