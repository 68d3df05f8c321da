using System.Runtime.CompilerServices;

namespace BeschermdThuis.Matching.Solver.Eligibility.Rules;

/// <summary>needs.ground_floor: a client who needs the ground floor gets it.</summary>
internal readonly struct NeedsGroundFloorRule : IEligibilityRule
{
    public static RuleId Id => RuleId.NeedsGroundFloor;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Passes(EligibilityFacts facts, int client, int unit) => !facts.Clients.GroundFloor[client] || facts.Units.GroundFloor[unit];

    public static void KeepPassingUnits(UnitSets sets, int client, ulong[] row) =>
        sets.KeepPassing<NeedsGroundFloorRule, bool>(row, client, sets.Facts.Clients.GroundFloor[client]);

    public static IEnumerable<string> Explain(EligibilityFacts facts, int client, int unit) => [$"floor {facts.Problem.Units[unit].Access.Floor} is not the ground floor"];
}
