using System.Runtime.CompilerServices;

namespace BeschermdThuis.Matching.Solver.Eligibility.Rules;

/// <summary>
/// recovery.avoid_place: the unit lies outside every circle the client avoids (a kept grid point and its radius, RD
/// metres, straight line; a unit on the edge is inside). The explanation gives distances, never the place itself.
/// </summary>
internal readonly struct RecoveryAvoidPlaceRule : IEligibilityRule
{
    public static RuleId Id => RuleId.RecoveryAvoidPlace;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Passes(EligibilityFacts facts, int client, int unit)
    {
        var clients = facts.Clients;
        for (var p = clients.PlaceStart[client]; p < clients.PlaceStart[client + 1]; p++)
        {
            if (Inside(facts, p, unit))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>One set per place and radius, shared by the clients who avoid the same place.</summary>
    public static void KeepPassingUnits(UnitSets sets, int client, ulong[] row)
    {
        var facts = sets.Facts;
        var clients = facts.Clients;
        for (var p = clients.PlaceStart[client]; p < clients.PlaceStart[client + 1]; p++)
        {
            var place = p;
            var key = (clients.PlaceX[p], clients.PlaceY[p], clients.PlaceRadius[p]);
            UnitSets.Remove(row, sets.Shared(Id, key, u => Inside(facts, place, u)));
        }
    }

    public static IEnumerable<string> Explain(EligibilityFacts facts, int client, int unit)
    {
        var clients = facts.Clients;
        for (var p = clients.PlaceStart[client]; p < clients.PlaceStart[client + 1]; p++)
        {
            if (Inside(facts, p, unit))
            {
                var distance = EligibilityFacts.Distance(clients.PlaceX[p], clients.PlaceY[p], facts.Units.X[unit], facts.Units.Y[unit]);
                yield return FormattableString.Invariant(
                    $"{Math.Round(distance):0} m from avoided place {p - clients.PlaceStart[client] + 1} <= radius {clients.PlaceRadius[p]:0} m");
            }
        }
    }

    private static bool Inside(EligibilityFacts facts, int place, int unit)
    {
        var dx = facts.Clients.PlaceX[place] - facts.Units.X[unit];
        var dy = facts.Clients.PlaceY[place] - facts.Units.Y[unit];
        var radius = facts.Clients.PlaceRadius[place];
        return dx * dx + dy * dy <= radius * radius;
    }
}
