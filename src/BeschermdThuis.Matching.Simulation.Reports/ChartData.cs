using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Simulation.Measures;
using BeschermdThuis.Matching.Simulation.Runs;

namespace BeschermdThuis.Matching.Simulation.Reports;

/// <summary>What the charts draw, taken from a simulation's result.</summary>
public static class ChartData
{
    /// <summary>People waiting past readiness at each period's end, per scenario; a period without a value is left out.</summary>
    public static IReadOnlyList<ScenarioSeries> WaitingPastReadiness(SimulationResult result) =>
    [
        .. result.Scenarios.Select(s => new ScenarioSeries(s.Scenario, s.Find(MeasureIds.PastReadinessPeople)?.PerPeriod
            .Select((e, i) => e.Mean is { } mean ? new PeriodInterval(i + 1, mean, e.Low ?? mean, e.High ?? mean) : null)
            .OfType<PeriodInterval>()
            .ToList() ?? [])),
    ];

    /// <summary>Each neighbourhood's mean load share at the end of the horizon (a fraction: 1 = its ceiling).</summary>
    public static IReadOnlyList<NeighbourhoodLoadShare> LoadShares(ScenarioEstimates scenario) =>
    [
        .. scenario.All(MeasureIds.NeighbourhoodLoadShare)
            .Where(s => s.Total.Mean is not null && NeighbourhoodCode.IsValid(s.Subject))
            .Select(s => new NeighbourhoodLoadShare(new NeighbourhoodCode(s.Subject!), s.Total.Mean!.Value / 100)),
    ];

    /// <summary>"Week" when every period is seven days, else "Period".</summary>
    public static string PeriodName(SimulationResult result) =>
        result.Scenarios.SelectMany(s => s.Periods).All(p => p.Days == 7) ? "Week" : "Period";
}
