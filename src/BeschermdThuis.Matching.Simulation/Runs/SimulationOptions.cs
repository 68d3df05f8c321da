namespace BeschermdThuis.Matching.Simulation.Runs;

/// <summary>
/// How to run scenarios: <paramref name="Replications"/> runs of each (default 20), with seeds derived from
/// <paramref name="Seed"/> (null: each scenario's own seed), compared with <paramref name="Baseline"/> (null: the first
/// scenario). <paramref name="MaxParallelism"/> null uses every core.
/// </summary>
public sealed record SimulationOptions(int Replications = SimulationOptions.DefaultReplications, int? Seed = null,
    string? Baseline = null, int? MaxParallelism = null)
{
    public const int DefaultReplications = 20;

    public const int MaxReplications = 1000;
}
