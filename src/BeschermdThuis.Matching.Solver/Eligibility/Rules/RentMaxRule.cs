using System.Runtime.CompilerServices;
using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Solver.Eligibility.Rules;

/// <summary>rent.max: the qualifying rent is within the client's limit for income band and household size.</summary>
internal readonly struct RentMaxRule : IEligibilityRule
{
    public static RuleId Id => RuleId.RentMax;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Passes(EligibilityFacts facts, int client, int unit) => facts.Units.Rent[unit] <= facts.Clients.MaxRent[client];

    public static void KeepPassingUnits(UnitSets sets, int client, ulong[] row) =>
        sets.KeepPassing<RentMaxRule, long>(row, client, sets.Facts.Clients.MaxRent[client]);

    public static IEnumerable<string> Explain(EligibilityFacts facts, int client, int unit)
    {
        var rent = new EuroCents(facts.Units.Rent[unit]);
        var limit = facts.Clients.MaxRent[client];
        return [limit < 0
            ? $"rent {rent}; income band {facts.Problem.Clients[client].IncomeBand} gives no right to social rent"
            : $"rent {rent} > limit {new EuroCents(limit)}"];
    }
}
