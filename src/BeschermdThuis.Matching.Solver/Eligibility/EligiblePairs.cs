namespace BeschermdThuis.Matching.Solver.Eligibility;

/// <summary>The eligible pairs as parallel arrays of client and unit indices, ordered by client, then unit.</summary>
public sealed class EligiblePairs(int[] clients, int[] units)
{
    public int Count => clients.Length;

    public ReadOnlySpan<int> Clients => clients;

    public ReadOnlySpan<int> Units => units;

    public int ClientOf(int pair) => clients[pair];

    public int UnitOf(int pair) => units[pair];
}
