using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Domain.Tests.Geography;

public sealed class AreaRefTests
{
    private static readonly NeighbourhoodCode Heijendaal = new("BU02680517");

    [Theory]
    [InlineData("GM0268", AreaLevel.Municipality)]
    [InlineData("WK026805", AreaLevel.District)]
    [InlineData("BU02680517", AreaLevel.Neighbourhood)]
    public void Parse_ReadsTheLevelFromThePrefix(string code, AreaLevel level)
    {
        var area = AreaRef.Parse(code);
        Assert.Equal(level, area.Level);
        Assert.Equal(code, area.Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("XX0268")]
    [InlineData("WK0268")]
    [InlineData("Nijmegen")]
    public void Parse_NotACbsCode_NamesCode(string? code) =>
        Assert.Equal(["code"], Violations.FieldsOf(() => AreaRef.Parse(code)));

    [Theory]
    [InlineData("BU02680517", true)]
    [InlineData("BU02680516", false)]
    [InlineData("WK026805", true)]
    [InlineData("WK026801", false)]
    [InlineData("GM0268", true)]
    [InlineData("GM1945", false)]
    public void Contains_AtEachLevel(string code, bool expected) => Assert.Equal(expected, AreaRef.Parse(code).Contains(Heijendaal));

    [Fact]
    public void Of_EqualsParseOfTheSameCode()
    {
        Assert.Equal(AreaRef.Parse("BU02680517"), AreaRef.Of(Heijendaal));
        Assert.Equal(AreaRef.Parse("WK026805"), AreaRef.Of(Heijendaal.District));
        Assert.Equal(AreaRef.Parse("GM0268"), AreaRef.Of(Heijendaal.Municipality));
    }

    [Fact]
    public void Contains_DistrictOfAnotherMunicipalityWithSimilarDigits_IsFalse() =>
        Assert.False(AreaRef.Parse("WK026805").Contains(new NeighbourhoodCode("BU02960517")));
}
