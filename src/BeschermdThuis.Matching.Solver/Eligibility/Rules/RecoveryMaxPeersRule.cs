using System.Runtime.CompilerServices;

namespace BeschermdThuis.Matching.Solver.Eligibility.Rules;

/// <summary>recovery.max_peers: with the new home, the neighbourhood has no more protected homes than the client accepts.</summary>
internal readonly struct RecoveryMaxPeersRule : IEligibilityRule
{
    public static RuleId Id => RuleId.RecoveryMaxPeers;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Passes(EligibilityFacts facts, int client, int unit) =>
        facts.Neighbourhoods.Existing[facts.Units.Neighbourhood[unit]] + 1 <= facts.Clients.MaxPeers[client];

    public static void KeepPassingUnits(UnitSets sets, int client, ulong[] row) =>
        sets.KeepPassing<RecoveryMaxPeersRule, int>(row, client, sets.Facts.Clients.MaxPeers[client]);

    public static IEnumerable<string> Explain(EligibilityFacts facts, int client, int unit)
    {
        var existing = facts.Neighbourhoods.Existing[facts.Units.Neighbourhood[unit]];
        return [$"{facts.Problem.Units[unit].Neighbourhood} has {existing} protected homes; client accepts at most {facts.Clients.MaxPeers[client]} peers including the new home"];
    }
}
