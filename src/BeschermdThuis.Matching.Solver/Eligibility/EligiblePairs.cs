namespace BeschermdThuis.Matching.Solver.Eligibility;

/// <summary>The eligible pairs as parallel arrays of client and unit indices, ordered by client, then unit.</summary>
public sealed class EligiblePairs(int[] clients, int[] units)
{
    public int Count => clients.Length;

    public ReadOnlySpan<int> Clients => clients;

    public ReadOnlySpan<int> Units => units;

    public int ClientOf(int pair) => clients[pair];

    public int UnitOf(int pair) => units[pair];

    /// <summary>The index of pair (client, unit), or -1 when it is not eligible; the pairs are ordered by client, then unit.</summary>
    public int IndexOf(int client, int unit)
    {
        int low = 0, high = clients.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = clients[middle] != client ? clients[middle].CompareTo(client) : units[middle].CompareTo(unit);
            if (order == 0)
            {
                return middle;
            }
            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return -1;
    }
}
