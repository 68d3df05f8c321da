using BeschermdThuis.Matching.Domain.Agreements;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Solver.Problem;

namespace BeschermdThuis.Matching.Solver.Tests;

/// <summary>A year's agreement asked of one match period: the open target pro rata over the days left, the cap for the year.</summary>
public sealed class AgreementQuotaTests
{
    private static readonly PerformanceAgreement Year2026 = new("ww-2026", "woonwaarts", new MunicipalityCode("GM0268"),
        new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), 24, 30, PriorityGroup.ProtectedHousingOutflow);

    private static DateRange Quarter(int month) => new(new DateOnly(2026, month, 1), new DateOnly(2026, month, 1).AddMonths(3).AddDays(-1));

    [Theory]
    [InlineData(1, 0, 6, 30)]    // ⌈24 × 90 / 365⌉
    [InlineData(10, 0, 24, 30)]  // the last quarter gets what is still open
    [InlineData(7, 0, 12, 30)]   // 24 × 92 / 184: half of the year is left, half of the target
    [InlineData(1, 10, 4, 20)]   // ⌈14 × 90 / 365⌉; 10 of the cap of 30 are used
    [InlineData(4, 30, 0, 0)]    // everything placed: nothing open, no room under the cap
    public void For_AQuarterOf2026_GivesTheShareOfTheOpenTarget(int startMonth, int placedEarlier, int target, int cap)
    {
        var quota = AgreementQuota.For(Year2026, Quarter(startMonth), placedEarlier);
        Assert.Equal((target, cap), (quota.Target, quota.Cap!.Value));
    }

    [Fact]
    public void For_APeriodOutsideTheAgreement_AsksNothing()
    {
        var quota = AgreementQuota.For(Year2026, new DateRange(new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31)), 0);
        Assert.Equal(0, quota.Target);
    }
}
