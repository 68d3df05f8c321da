using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Domain.Tests.Geography;

public sealed class MunicipalityCodeTests
{
    [Fact]
    public void Construction_Valid_KeepsTheValue() => Assert.Equal("GM0268", new MunicipalityCode("GM0268").Value);

    [Theory]
    [InlineData("GM268")]
    [InlineData("gm0268")]
    [InlineData("GM02680")]
    [InlineData("WK026801")]
    [InlineData("")]
    [InlineData(" GM0268")]
    public void Construction_Invalid_NamesCode(string value) =>
        Assert.Equal(["code"], Violations.FieldsOf(() => _ = new MunicipalityCode(value)));

    [Fact]
    public void IsValid_Null_IsFalse() => Assert.False(MunicipalityCode.IsValid(null));
}

public sealed class DistrictCodeTests
{
    [Fact]
    public void Municipality_IsDerivedFromTheFirstFourDigits() =>
        Assert.Equal(new MunicipalityCode("GM0268"), new DistrictCode("WK026805").Municipality);

    [Theory]
    [InlineData("WK02680")]
    [InlineData("BU02680517")]
    [InlineData("WK0268AB")]
    public void Construction_Invalid_NamesCode(string value) =>
        Assert.Equal(["code"], Violations.FieldsOf(() => _ = new DistrictCode(value)));
}

public sealed class NeighbourhoodCodeTests
{
    [Fact]
    public void District_IsDerivedFromTheFirstSixDigits() =>
        Assert.Equal(new DistrictCode("WK026805"), new NeighbourhoodCode("BU02680517").District);

    [Fact]
    public void Municipality_IsDerivedFromTheFirstFourDigits() =>
        Assert.Equal(new MunicipalityCode("GM1945"), new NeighbourhoodCode("BU19450302").Municipality);

    [Theory]
    [InlineData("BU0268051")]
    [InlineData("BU026805177")]
    [InlineData("GM0268")]
    [InlineData("bu02680517")]
    public void Construction_Invalid_NamesCode(string value) =>
        Assert.Equal(["code"], Violations.FieldsOf(() => _ = new NeighbourhoodCode(value)));

    [Fact]
    public void Equality_IsByValue() => Assert.Equal(new NeighbourhoodCode("BU02680101"), new NeighbourhoodCode("BU02680101"));
}
