using System.Runtime.CompilerServices;

namespace BeschermdThuis.Matching.Solver.Eligibility.Rules;

/// <summary>recovery.avoid_origin: the unit lies outside the zone around the client's neighbourhood of origin (the origin zone, precomputed per origin and radius).</summary>
internal readonly struct RecoveryAvoidOriginRule : IEligibilityRule
{
    public static RuleId Id => RuleId.RecoveryAvoidOrigin;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Passes(EligibilityFacts facts, int client, int unit) => facts.Clients.OriginZone[client] is not { } zone || !Bits.Test(zone, unit);

    public static void KeepPassingUnits(UnitSets sets, int client, ulong[] row)
    {
        if (sets.Facts.Clients.OriginZone[client] is { } zone)
        {
            UnitSets.Remove(row, zone);
        }
    }

    public static IEnumerable<string> Explain(EligibilityFacts facts, int client, int unit)
    {
        var origin = facts.Problem.Clients[client].Recovery.AvoidOrigin!;
        return [origin.RadiusMetres == 0
            ? $"{facts.Problem.Units[unit].Neighbourhood} is the neighbourhood of origin"
            : $"within {origin.RadiusMetres} m of neighbourhood of origin {origin.Origin}"];
    }
}
