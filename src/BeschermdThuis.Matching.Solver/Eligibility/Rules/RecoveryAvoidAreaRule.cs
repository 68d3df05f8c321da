using System.Runtime.CompilerServices;

namespace BeschermdThuis.Matching.Solver.Eligibility.Rules;

/// <summary>recovery.avoid_area: the unit's neighbourhood lies in none of the areas the client avoids for recovery.</summary>
internal readonly struct RecoveryAvoidAreaRule : IEligibilityRule
{
    public static RuleId Id => RuleId.RecoveryAvoidArea;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Passes(EligibilityFacts facts, int client, int unit) => !Bits.Test(facts.Clients.AvoidNeighbourhoods[client], facts.Units.Neighbourhood[unit]);

    public static void KeepPassingUnits(UnitSets sets, int client, ulong[] row)
    {
        if (!Array.TrueForAll(sets.Facts.Clients.AvoidNeighbourhoods[client], w => w == 0))
        {
            sets.KeepPassing<RecoveryAvoidAreaRule>(row, client);
        }
    }

    public static IEnumerable<string> Explain(EligibilityFacts facts, int client, int unit)
    {
        var neighbourhood = facts.Problem.Units[unit].Neighbourhood;
        var area = facts.Problem.Clients[client].Recovery.AvoidAreas.First(a => a.Contains(neighbourhood));
        return [$"{neighbourhood} lies in avoided area {area}"];
    }
}
