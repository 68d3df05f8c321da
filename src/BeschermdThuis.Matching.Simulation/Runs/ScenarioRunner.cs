using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Simulation.Scenarios;

namespace BeschermdThuis.Matching.Simulation.Runs;

/// <summary>
/// The entry point of a simulation: every scenario run <see cref="SimulationOptions.Replications"/> times over the real
/// matching engine (<see cref="SimulationLoop"/>), in parallel over the cores, each measure estimated per period and
/// in total with its 95 % interval, and the scenarios compared with the baseline. The same scenarios, region and
/// options give an equal result, however many cores run it.
/// </summary>
public static class ScenarioRunner
{
    /// <summary>
    /// Runs the scenarios. Progress is reported after each replication, from the worker that ran it. Cancellation stops
    /// before the next replication starts (one under way runs to its end) and throws <see cref="OperationCanceledException"/>.
    /// A wrong option, baseline or scenario throws a <see cref="DomainValidationException"/> naming the field before anything runs.
    /// </summary>
    public static Task<SimulationResult> RunAsync(IReadOnlyList<Scenario> scenarios, RegionReference region, SimulationOptions options,
        IProgress<SimulationProgress>? progress = null, CancellationToken cancellation = default)
    {
        var validator = new Validator();
        for (var i = 0; i < scenarios.Count; i++)
        {
            validator.Nested($"scenarios[{i}].", () => scenarios[i].Validate());
        }
        validator.ThrowIfInvalid();
        var named = scenarios.Select(s => (s.Name, (IReadOnlyList<DateRange>)[.. Enumerable.Range(1, s.Periods).Select(s.Period)])).ToList();
        return ReplicationRunner.RunAsync(named, (scenario, seed) => SimulationLoop.Run(scenarios[scenario], region, seed), options, progress, cancellation);
    }
}
