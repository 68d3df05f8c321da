using System.Runtime.CompilerServices;

namespace BeschermdThuis.Matching.Solver.Eligibility.Rules;

/// <summary>pair.excluded: the client or the corporation declined this unit for this client earlier.</summary>
internal readonly struct PairExcludedRule : IEligibilityRule
{
    public static RuleId Id => RuleId.PairExcluded;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Passes(EligibilityFacts facts, int client, int unit)
    {
        var excluded = facts.Clients.Excluded[client];
        return excluded.Length == 0 || Array.BinarySearch(excluded, unit) < 0;
    }

    public static void KeepPassingUnits(UnitSets sets, int client, ulong[] row)
    {
        foreach (var unit in sets.Facts.Clients.Excluded[client])
        {
            row[unit >> 6] &= ~(1UL << (unit & 63));
        }
    }

    public static IEnumerable<string> Explain(EligibilityFacts facts, int client, int unit) => ["declined earlier"];
}
