using System.Runtime.CompilerServices;

namespace BeschermdThuis.Matching.Solver.Eligibility.Rules;

/// <summary>wish.dwelling_type: the dwelling type is one the client accepts (no wish accepts every type).</summary>
internal readonly struct WishDwellingTypeRule : IEligibilityRule
{
    public static RuleId Id => RuleId.WishDwellingType;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Passes(EligibilityFacts facts, int client, int unit) => (facts.Clients.TypeMask[client] & (1 << facts.Units.DwellingType[unit])) != 0;

    public static void KeepPassingUnits(UnitSets sets, int client, ulong[] row) =>
        sets.KeepPassing<WishDwellingTypeRule, int>(row, client, sets.Facts.Clients.TypeMask[client]);

    public static IEnumerable<string> Explain(EligibilityFacts facts, int client, int unit)
    {
        var accepted = string.Join(", ", facts.Problem.Clients[client].Wishes.DwellingTypes.Select(d => d.DwellingType));
        return [$"type {facts.Problem.Units[unit].DwellingType} is not among the accepted types ({accepted})"];
    }
}
