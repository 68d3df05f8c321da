using System.Globalization;
using System.Runtime.CompilerServices;

namespace BeschermdThuis.Matching.Solver.Eligibility.Rules;

/// <summary>
/// availability.window: the unit is free before the period ends, and the move day (the later of the unit's availability
/// and today) lies in the client's window around the readiness date (readiness counts from today once it is past).
/// </summary>
internal readonly struct AvailabilityWindowRule : IEligibilityRule
{
    public static RuleId Id => RuleId.AvailabilityWindow;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Passes(EligibilityFacts facts, int client, int unit)
    {
        var available = facts.Units.Available[unit];
        if (available > facts.PeriodEnd)
        {
            return false;
        }
        var ready = facts.Clients.Ready[client];
        var move = Math.Max(available, facts.Today);
        return move >= ready - facts.DaysBefore && move <= Math.Max(ready, facts.Today) + facts.DaysAfter;
    }

    public static void KeepPassingUnits(UnitSets sets, int client, ulong[] row) =>
        sets.KeepPassing<AvailabilityWindowRule, int>(row, client, sets.Facts.Clients.Ready[client]);

    public static IEnumerable<string> Explain(EligibilityFacts facts, int client, int unit)
    {
        var availableFrom = facts.Problem.Units[unit].AvailableFrom;
        if (availableFrom.DayNumber > facts.PeriodEnd)
        {
            return [string.Create(CultureInfo.InvariantCulture, $"available {availableFrom:yyyy-MM-dd}, after the period ends {facts.Problem.Period.End:yyyy-MM-dd}")];
        }
        return [string.Create(CultureInfo.InvariantCulture,
            $"available {availableFrom:yyyy-MM-dd}, client ready {facts.Problem.Clients[client].ReadinessDate:yyyy-MM-dd}; window is {facts.DaysBefore} days before to {facts.DaysAfter} days after readiness")];
    }
}
