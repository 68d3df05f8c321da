using System.Runtime.CompilerServices;

namespace BeschermdThuis.Matching.Solver.Eligibility.Rules;

/// <summary>care.coverage: some care team covers the unit, so ambulant support can be arranged before the move.</summary>
internal readonly struct CareCoverageRule : IEligibilityRule
{
    public static RuleId Id => RuleId.CareCoverage;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Passes(EligibilityFacts facts, int client, int unit) => facts.Units.CoveredByAnyTeam[unit];

    public static void KeepPassingUnits(UnitSets sets, int client, ulong[] row) => sets.KeepPassing<CareCoverageRule, bool>(row, client, true);

    public static IEnumerable<string> Explain(EligibilityFacts facts, int client, int unit) => [$"no care team covers {facts.Problem.Units[unit].Neighbourhood}"];
}
