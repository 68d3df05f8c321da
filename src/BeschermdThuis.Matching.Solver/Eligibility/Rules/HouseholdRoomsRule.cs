using System.Runtime.CompilerServices;

namespace BeschermdThuis.Matching.Solver.Eligibility.Rules;

/// <summary>household.rooms: the unit has the rooms the household needs (the client's minimum, or persons per room).</summary>
internal readonly struct HouseholdRoomsRule : IEligibilityRule
{
    public static RuleId Id => RuleId.HouseholdRooms;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Passes(EligibilityFacts facts, int client, int unit) => facts.Units.Rooms[unit] >= facts.Clients.RoomsNeeded[client];

    public static void KeepPassingUnits(UnitSets sets, int client, ulong[] row) =>
        sets.KeepPassing<HouseholdRoomsRule, int>(row, client, sets.Facts.Clients.RoomsNeeded[client]);

    public static IEnumerable<string> Explain(EligibilityFacts facts, int client, int unit) =>
        [$"rooms {facts.Units.Rooms[unit]} < needed {facts.Clients.RoomsNeeded[client]} (household of {facts.Problem.Clients[client].HouseholdSize})"];
}
