using System.Runtime.CompilerServices;

namespace BeschermdThuis.Matching.Solver.Eligibility.Rules;

/// <summary>support.max_distance: the unit lies within each support anchor's maximum distance (RD metres, straight line).</summary>
internal readonly struct SupportMaxDistanceRule : IEligibilityRule
{
    public static RuleId Id => RuleId.SupportMaxDistance;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Passes(EligibilityFacts facts, int client, int unit)
    {
        var clients = facts.Clients;
        for (var a = clients.AnchorStart[client]; a < clients.AnchorStart[client + 1]; a++)
        {
            if (!WithinAnchor(facts, a, unit))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>One set per anchor position and distance, shared by the clients with the same anchor.</summary>
    public static void KeepPassingUnits(UnitSets sets, int client, ulong[] row)
    {
        var facts = sets.Facts;
        var clients = facts.Clients;
        for (var a = clients.AnchorStart[client]; a < clients.AnchorStart[client + 1]; a++)
        {
            var anchor = a;
            var key = (clients.AnchorX[a], clients.AnchorY[a], clients.AnchorMax[a]);
            UnitSets.Keep(row, sets.Shared(Id, key, u => WithinAnchor(facts, anchor, u)));
        }
    }

    public static IEnumerable<string> Explain(EligibilityFacts facts, int client, int unit)
    {
        var clients = facts.Clients;
        var anchors = facts.Problem.Clients[client].Recovery.SupportAnchors;
        for (var a = clients.AnchorStart[client]; a < clients.AnchorStart[client + 1]; a++)
        {
            if (!WithinAnchor(facts, a, unit))
            {
                var distance = EligibilityFacts.Distance(clients.AnchorX[a], clients.AnchorY[a], facts.Units.X[unit], facts.Units.Y[unit]);
                yield return FormattableString.Invariant(
                    $"{Math.Round(distance):0} m from {anchors[a - clients.AnchorStart[client]].Kind} > max {clients.AnchorMax[a]:0} m");
            }
        }
    }

    /// <summary>How many lines <see cref="Explain"/> writes: the anchors out of reach, counted without formatting them.</summary>
    public static int AnchorsOutOfReach(EligibilityFacts facts, int client, int unit)
    {
        var clients = facts.Clients;
        var count = 0;
        for (var a = clients.AnchorStart[client]; a < clients.AnchorStart[client + 1]; a++)
        {
            count += WithinAnchor(facts, a, unit) ? 0 : 1;
        }
        return count;
    }

    private static bool WithinAnchor(EligibilityFacts facts, int anchor, int unit)
    {
        var dx = facts.Clients.AnchorX[anchor] - facts.Units.X[unit];
        var dy = facts.Clients.AnchorY[anchor] - facts.Units.Y[unit];
        var max = facts.Clients.AnchorMax[anchor];
        return dx * dx + dy * dy <= max * max;
    }
}
