using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Domain.Tests.Common;

public sealed class DateRangeTests
{
    private static readonly DateRange FirstQuarter = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31));

    [Fact]
    public void Construction_EndBeforeStart_NamesEnd()
    {
        Assert.Equal(["end"], Violations.FieldsOf(() => _ = new DateRange(new DateOnly(2026, 2, 1), new DateOnly(2026, 1, 31))));
    }

    [Fact]
    public void Construction_SingleDay_IsOneDayLong() =>
        Assert.Equal(1, new DateRange(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 1)).Days);

    [Fact]
    public void Days_CountsBothEnds() => Assert.Equal(90, FirstQuarter.Days);

    [Theory]
    [InlineData(2026, 1, 1, true)]
    [InlineData(2026, 3, 31, true)]
    [InlineData(2025, 12, 31, false)]
    [InlineData(2026, 4, 1, false)]
    public void Contains_IsInclusiveAtBothEnds(int year, int month, int day, bool expected) =>
        Assert.Equal(expected, FirstQuarter.Contains(new DateOnly(year, month, day)));

    [Fact]
    public void Overlaps_SharedEndDay_Overlaps()
    {
        Assert.True(FirstQuarter.Overlaps(new DateRange(new DateOnly(2026, 3, 31), new DateOnly(2026, 6, 30))));
        Assert.False(FirstQuarter.Overlaps(new DateRange(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30))));
    }

    [Fact]
    public void ToString_IsIsoRange() => Assert.Equal("2026-01-01..2026-03-31", FirstQuarter.ToString());

    [Fact]
    public void Equality_IsByValue() =>
        Assert.Equal(FirstQuarter, new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)));
}
