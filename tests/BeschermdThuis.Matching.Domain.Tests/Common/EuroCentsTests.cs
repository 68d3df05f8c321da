using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Domain.Tests.Common;

public sealed class EuroCentsTests
{
    [Theory]
    [InlineData("682.96", 68_296)]
    [InlineData("0.005", 1)] // half a cent rounds away from zero
    [InlineData("0.004", 0)]
    [InlineData("-0.005", -1)]
    [InlineData("900.075", 90_008)]
    [InlineData("12.344999", 1_234)]
    [InlineData("0", 0)]
    public void FromEuros_RoundsToTheNearestCentHalfAwayFromZero(string euros, long cents)
    {
        Assert.Equal(new EuroCents(cents), EuroCents.FromEuros(decimal.Parse(euros, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Euros_IsTheDecimalAmount() => Assert.Equal(812.40m, new EuroCents(81_240).Euros);

    [Fact]
    public void ToString_IsInvariantWithTwoDecimals() => Assert.Equal("812.40", new EuroCents(81_240).ToString());

    [Fact]
    public void Addition_SumsCents() => Assert.Equal(new EuroCents(70_000), new EuroCents(65_000) + new EuroCents(5_000));

    [Fact]
    public void Addition_Overflow_Throws() =>
        Assert.Throws<OverflowException>(() => new EuroCents(long.MaxValue) + new EuroCents(1));

    [Fact]
    public void Comparison_FollowsTheValue()
    {
        Assert.True(new EuroCents(1) < new EuroCents(2));
        Assert.True(new EuroCents(2) >= new EuroCents(2));
        Assert.True(new EuroCents(-1).IsNegative);
        Assert.False(EuroCents.Zero.IsNegative);
        Assert.Equal(-1, new EuroCents(1).CompareTo(new EuroCents(2)));
    }
}
