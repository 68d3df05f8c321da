namespace BeschermdThuis.Matching.Solver.Eligibility;

/// <summary>Plain bit sets over indices (neighbourhoods, units, care teams).</summary>
internal static class Bits
{
    public static ulong[] Create(int count) => new ulong[(count + 63) >> 6];

    public static bool Test(ulong[] bits, int index) => (bits[index >> 6] & (1UL << (index & 63))) != 0;

    public static void Set(ulong[] bits, int index) => bits[index >> 6] |= 1UL << (index & 63);
}
