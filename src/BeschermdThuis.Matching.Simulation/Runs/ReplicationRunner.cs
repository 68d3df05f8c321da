using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Simulation.Measures;
using BeschermdThuis.Matching.Simulation.Trace;

namespace BeschermdThuis.Matching.Simulation.Runs;

/// <summary>
/// Runs every replication of every scenario in parallel over the cores and estimates the measures. Deterministic: each
/// replication is a pure function of its scenario and seed, its measures go to a slot fixed by its position, and the
/// estimates are taken in replication order afterwards, so scheduling never changes a bit of the result.
/// </summary>
internal static class ReplicationRunner
{
    // scenarios: names and periods, in the order the result lists them; replicate: a scenario's index and a seed give
    // that replication's trace.
    public static async Task<SimulationResult> RunAsync(IReadOnlyList<(string Name, IReadOnlyList<DateRange> Periods)> scenarios,
        Func<int, int, ReplicationTrace> replicate, SimulationOptions options, IProgress<SimulationProgress>? progress,
        CancellationToken cancellation)
    {
        options.Validate();
        var names = scenarios.Select(s => s.Name).ToList();
        new Validator()
            .Require(names.Count > 0, "scenarios", "name at least one scenario")
            .Require(names.Distinct(StringComparer.Ordinal).Count() == names.Count, "scenarios", "scenario names must be unique")
            .Require(options.Baseline is null || names.Contains(options.Baseline, StringComparer.Ordinal), "baseline",
                $"'{options.Baseline}' is not one of the scenarios ({string.Join(", ", names)})")
            .ThrowIfInvalid();
        var seeds = ReplicationSeeds.Derive(options.Seed, options.Replications);
        var measures = scenarios.Select(_ => new ReplicationMeasures[seeds.Count]).ToArray();
        var total = scenarios.Count * seeds.Count;
        var completed = 0;
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.MaxParallelism ?? Environment.ProcessorCount,
            CancellationToken = cancellation,
        };
        await Parallel.ForEachAsync(Enumerable.Range(0, total), parallel, (job, _) =>
        {
            var (scenario, replication) = Math.DivRem(job, seeds.Count);
            measures[scenario][replication] = MeasureCalculator.Measure(replicate(scenario, seeds[replication]));
            progress?.Report(new SimulationProgress(Interlocked.Increment(ref completed), total, names[scenario], replication + 1));
            return ValueTask.CompletedTask;
        });
        var estimates = scenarios.Select((s, i) => ScenarioEstimates.Of(s.Name, s.Periods, measures[i])).ToList();
        return new SimulationResult(estimates, ScenarioComparison.Of(estimates, options.Baseline));
    }
}
