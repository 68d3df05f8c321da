using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Simulation.Runs;

/// <summary>
/// How to run scenarios: <paramref name="Replications"/> runs of each (default 20) with seeds derived from
/// <paramref name="Seed"/> (<see cref="ReplicationSeeds"/>), compared with <paramref name="Baseline"/> (a scenario's
/// name; null: the first scenario). <paramref name="MaxParallelism"/> null uses every core.
/// </summary>
public sealed record SimulationOptions(int Replications = SimulationOptions.DefaultReplications, int Seed = SimulationOptions.DefaultSeed,
    string? Baseline = null, int? MaxParallelism = null)
{
    public const int DefaultReplications = 20;

    public const int DefaultSeed = 2026;

    public const int MaxReplications = 1000;

    /// <summary>Throws a <see cref="DomainValidationException"/> naming each wrong option.</summary>
    public SimulationOptions Validate()
    {
        new Validator()
            .InRange(Replications, 1, MaxReplications, "replications")
            .InRange(Seed, 0, int.MaxValue, "seed")
            .Require(MaxParallelism is null or > 0, "max_parallelism", "must be positive when given")
            .ThrowIfInvalid();
        return this;
    }
}
