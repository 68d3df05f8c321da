using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.Domain.Tests.Ranges;

/// <summary>Ids and codes match exactly (no trailing newline), names are one bounded line, errors quote a short prefix.</summary>
public sealed class TextAndIdRangeTests
{
    [Theory]
    [InlineData("nl-probe\n")]
    [InlineData("nl-probe\r\n")]
    [InlineData("nl-probe\r")]
    [InlineData("\nnl-probe")]
    [InlineData("nl-\tprobe")]
    public void ResourceId_WithALineBreakOrControlCharacter_IsRefused(string value)
    {
        Assert.True(ResourceId.IsValid("nl-probe"));
        Assert.False(ResourceId.IsValid(value));
    }

    [Fact]
    public void UnitId_WithATrailingNewline_NamesUnitId() =>
        Assert.Equal(["unit_id"], Violations.FieldsOf(() => _ = new HousingUnit(
            "nl-probe\n", "waalboog", new GeoPoint(5.05, 51.05), new NeighbourhoodCode("BU02680001"), DwellingType.Independent, 2,
            new UnitAccess(0, true), new UnitRent(new EuroCents(62_500), new EuroCents(0)), TenancyKind.Indefinite, ContractForm.OwnName,
            new DateOnly(2026, 2, 1), UnitStatus.Available)));

    [Fact]
    public void ClientReference_WithATrailingNewline_NamesClientId() =>
        Assert.Equal(["client_id"], Violations.FieldsOf(() => _ = new ClientReference("nl-probe\n")));

    [Theory]
    [InlineData("GM0268\n")]
    [InlineData("WK026801\n")]
    [InlineData("BU02680001\n")]
    public void AreaCode_WithATrailingNewline_IsRefused(string code)
    {
        Assert.False(MunicipalityCode.IsValid(code) || DistrictCode.IsValid(code) || NeighbourhoodCode.IsValid(code));
        Assert.Equal(["code"], Violations.FieldsOf(() => AreaRef.Parse(code)));
    }

    [Fact]
    public void ResourceId_AtTheMaximumLength_IsAcceptedAndOneLonger_Refused()
    {
        Assert.True(ResourceId.IsValid("a" + new string('b', DomainRanges.MaxIdLength - 1)));
        Assert.False(ResourceId.IsValid("a" + new string('b', DomainRanges.MaxIdLength)));
    }

    [Fact]
    public void Name_AtTheMaximumLength_IsAcceptedAndOneLonger_Refused()
    {
        Assert.Equal(DomainRanges.MaxNameLength, new HousingCorporation("waalboog", new string('n', DomainRanges.MaxNameLength)).Name.Length);
        Assert.Equal(["display_name"], Violations.FieldsOf(() => _ = new HousingCorporation("waalboog", new string('n', DomainRanges.MaxNameLength + 1))));
    }

    [Theory]
    [InlineData("Waalboog\n")]
    [InlineData("Waal\nboog")]
    [InlineData("Waal\tboog")]
    [InlineData("Waal\u0000boog")]
    [InlineData("Waal\u2028boog")]
    [InlineData("   ")]
    public void Name_WithAControlCharacterOrBlank_IsRefused(string name)
    {
        Assert.False(FreeText.IsValid(name));
        Assert.Equal(["name"], Violations.FieldsOf(() => _ = new District(new DistrictCode("WK026801"), name)));
    }

    [Fact]
    public void Name_WithLettersBeyondAscii_IsAccepted() => Assert.True(FreeText.IsValid("’s-Hertogenbosch – Binnenstad Oost"));

    [Fact]
    public void Quote_ALongValue_ShowsAShortPrefixWithControlCharactersEscaped()
    {
        var quoted = FreeText.Quote("\n" + new string('x', 4_000_000));

        Assert.StartsWith("'\\u000axxx", quoted, StringComparison.Ordinal);
        Assert.True(quoted.Length < 50, quoted);
    }

    [Fact]
    public void AreaRef_AHugeUnknownCode_GivesAShortMessage()
    {
        var error = Assert.Throws<DomainValidationException>(() => AreaRef.Parse(new string('X', 4_000_000)));

        Assert.True(error.Message.Length < 200, $"{error.Message.Length} characters");
    }
}
