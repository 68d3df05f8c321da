using System.Runtime.CompilerServices;

namespace BeschermdThuis.Matching.Solver.Eligibility.Rules;

/// <summary>area.capacity: the unit's neighbourhood can take at least one new placement (its limit and ceiling allow it).</summary>
internal readonly struct AreaCapacityRule : IEligibilityRule
{
    public static RuleId Id => RuleId.AreaCapacity;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Passes(EligibilityFacts facts, int client, int unit) => facts.Neighbourhoods.Open[facts.Units.Neighbourhood[unit]];

    public static void KeepPassingUnits(UnitSets sets, int client, ulong[] row) => sets.KeepPassing<AreaCapacityRule, bool>(row, client, true);

    public static IEnumerable<string> Explain(EligibilityFacts facts, int client, int unit) => [facts.Neighbourhoods.CapacityDetail(facts.Units.Neighbourhood[unit])];
}
