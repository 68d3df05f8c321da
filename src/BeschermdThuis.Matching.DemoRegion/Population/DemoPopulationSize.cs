namespace BeschermdThuis.Matching.DemoRegion.Population;

/// <summary>How many units and clients the generator makes; corporations (4) and care teams (5) are fixed.</summary>
public sealed record DemoPopulationSize
{
    public DemoPopulationSize(int units, int clients)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(units, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(clients, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(units, 99_999);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(clients, 99_999);
        Units = units;
        Clients = clients;
    }

    /// <summary>The size the CLI demo uses: about 300 units and 120 clients.</summary>
    public static DemoPopulationSize Default { get; } = new(300, 120);

    /// <summary>A size for benchmarks: 5,000 units and 2,000 clients.</summary>
    public static DemoPopulationSize Large { get; } = new(5_000, 2_000);

    public int Units { get; }

    public int Clients { get; }
}
