using System.Runtime.CompilerServices;

namespace BeschermdThuis.Matching.Solver.Eligibility.Rules;

/// <summary>
/// care.caseload: the client's own team covers the unit and goes on, or a covering team has free caseload.
/// A unit no team covers passes here: it fails <see cref="CareCoverageRule"/>, and only that failure is reported.
/// </summary>
internal readonly struct CareCaseloadRule : IEligibilityRule
{
    public static RuleId Id => RuleId.CareCaseload;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Passes(EligibilityFacts facts, int client, int unit) =>
        !facts.Units.CoveredByAnyTeam[unit] || facts.Units.CoveredWithRoom[unit] || facts.KeepsOwnTeam(client, unit);

    public static void KeepPassingUnits(UnitSets sets, int client, ulong[] row) =>
        sets.KeepPassing<CareCaseloadRule, int>(row, client, sets.Facts.Clients.Team[client]);

    public static IEnumerable<string> Explain(EligibilityFacts facts, int client, int unit)
    {
        var teams = string.Join(", ", facts.Units.TeamsCovering(unit).Select(t => facts.Problem.CareTeams[t].Id));
        return [$"care teams covering the unit have no free caseload ({teams})"];
    }
}
