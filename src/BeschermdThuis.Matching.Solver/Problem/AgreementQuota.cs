using BeschermdThuis.Matching.Domain.Agreements;
using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Solver.Problem;

/// <summary>
/// What a performance agreement asks of one match. Agreements run for a year; a match covers a period inside it.
/// The target still open (target minus the placements made earlier under the agreement) is spread evenly over the
/// agreement's days that are left, and the match gets the share of its own days, rounded up so that a remainder is
/// never lost. The cap holds for the whole agreement, so only the earlier placements lower it.
/// <see cref="Applies"/> is false for an agreement this match does not serve: one for people leaving shelter, or one whose
/// period does not overlap the match's.
/// Example: target 24 for 2026, nothing placed yet, a match for October–December: 24 × 92 / 92 = 24 (the year ends
/// with this match); the same agreement matched for January–March: ⌈24 × 90 / 365⌉ = 6.
/// </summary>
public sealed record AgreementQuota(PerformanceAgreement Agreement, int Target, int? Cap, bool Applies)
{
    public static AgreementQuota For(PerformanceAgreement agreement, DateRange matchPeriod, int placedEarlier)
    {
        var cap = agreement.CapUnits is { } c ? Math.Max(0, c - placedEarlier) : (int?)null;
        if (!agreement.Period.Overlaps(matchPeriod))
        {
            return new AgreementQuota(agreement, 0, cap, Applies: false);
        }
        var open = Math.Max(0, agreement.TargetUnits - placedEarlier);
        var from = agreement.Period.Start > matchPeriod.Start ? agreement.Period.Start : matchPeriod.Start;
        var to = agreement.Period.End < matchPeriod.End ? agreement.Period.End : matchPeriod.End;
        long daysLeft = agreement.Period.End.DayNumber - from.DayNumber + 1;
        long overlap = to.DayNumber - from.DayNumber + 1;
        var target = (int)(((open * overlap) + daysLeft - 1) / daysLeft);
        return new AgreementQuota(agreement, target, cap, Applies: agreement.PriorityGroup != PriorityGroup.ShelterOutflow);
    }
}
