namespace BeschermdThuis.Matching.Simulation.Runs;

/// <summary>
/// The seeds of a scenario's replications, derived from one seed with SplitMix64 (a fixed mixing function, so the same
/// on every machine and .NET version). Replication r's seed depends on r alone, never on how many run: 5 replications
/// are the first 5 of 20. Every scenario in a run gets the same seeds, so scenarios are compared on the same draws
/// wherever the loop draws alike.
/// </summary>
public static class ReplicationSeeds
{
    public static IReadOnlyList<int> Derive(int seed, int replications)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(replications);
        return [.. Enumerable.Range(0, replications).Select(r => Of(seed, r))];
    }

    /// <summary>The seed of replication <paramref name="replication"/> (0-based), non-negative.</summary>
    public static int Of(int seed, int replication)
    {
        unchecked
        {
            var z = ((ulong)(uint)seed << 32 | (uint)replication) + 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z & int.MaxValue);
        }
    }
}
