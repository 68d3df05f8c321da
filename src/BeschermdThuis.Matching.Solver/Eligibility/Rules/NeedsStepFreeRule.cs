using System.Runtime.CompilerServices;

namespace BeschermdThuis.Matching.Solver.Eligibility.Rules;

/// <summary>needs.step_free: a client who needs a step-free home gets one.</summary>
internal readonly struct NeedsStepFreeRule : IEligibilityRule
{
    public static RuleId Id => RuleId.NeedsStepFree;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Passes(EligibilityFacts facts, int client, int unit) => !facts.Clients.StepFree[client] || facts.Units.StepFree[unit];

    public static void KeepPassingUnits(UnitSets sets, int client, ulong[] row) =>
        sets.KeepPassing<NeedsStepFreeRule, bool>(row, client, sets.Facts.Clients.StepFree[client]);

    public static IEnumerable<string> Explain(EligibilityFacts facts, int client, int unit) => [$"not step-free (floor {facts.Problem.Units[unit].Access.Floor})"];
}
