using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Domain.Tests.Geography;

public sealed class LoadLimitsTests
{
    [Theory]
    [InlineData(1000, 3)]
    [InlineData(999, 2)] // 2.997 rounds down
    [InlineData(4_250, 12)] // 12.75
    [InlineData(0, 0)]
    [InlineData(333, 0)]
    public void CeilingFor_ThreePerThousand_RoundsDown(int inhabitants, int ceiling) =>
        Assert.Equal(ceiling, new LoadLimits(2, 3m).CeilingFor(inhabitants));

    [Fact]
    public void CeilingFor_FractionalRate_IsExact() => Assert.Equal(5, new LoadLimits(2, 2.5m).CeilingFor(2_000));

    [Fact]
    public void Construction_Negative_NamesBothFields() =>
        Assert.Equal(
            ["new_placements_per_period", "max_protected_homes_per_thousand"],
            Violations.FieldsOf(() => _ = new LoadLimits(-1, -0.1m)));
}
