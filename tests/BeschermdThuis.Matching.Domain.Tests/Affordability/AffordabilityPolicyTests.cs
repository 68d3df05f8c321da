using BeschermdThuis.Matching.Domain.Affordability;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Domain.Tests.Affordability;

/// <summary>Reads the shipped <c>config/affordability.json</c> (linked into the test output).</summary>
public sealed class AffordabilityPolicyTests
{
    private static readonly AffordabilityPolicy Policy =
        AffordabilityPolicyJson.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "config", "affordability.json")));

    [Fact]
    public void Years_AreTheConfiguredOnes() => Assert.Equal([2025, 2026], Policy.Years);

    [Theory]
    [InlineData(1, "682.96")]
    [InlineData(2, "682.96")]
    [InlineData(3, "731.93")]
    [InlineData(6, "731.93")]
    public void MaxRentFor_2025WithinPassendToewijzen_IsTheAftoppingsgrensForTheHouseholdSize(int householdSize, string expected) =>
        Assert.Equal(expected, Policy.MaxRentFor(IncomeBand.WithinPassendToewijzen, householdSize, 2025)?.ToString());

    [Fact]
    public void MaxRentFor_2025WithinDaeb_IsTheLiberalisatiegrens() =>
        Assert.Equal(new EuroCents(90_007), Policy.MaxRentFor(IncomeBand.WithinDaeb, 1, 2025));

    [Fact]
    public void MaxRentFor_2026WithinPassendToewijzen_IsAConfigurationErrorWhileUnset()
    {
        var e = Assert.Throws<AffordabilityConfigurationException>(() => Policy.MaxRentFor(IncomeBand.WithinPassendToewijzen, 1, 2026));
        Assert.Contains("2026", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MaxRentFor_2026WithinDaeb_IsTheLiberalisatiegrens() =>
        Assert.Equal(new EuroCents(93_293), Policy.MaxRentFor(IncomeBand.WithinDaeb, 3, 2026));

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    public void MaxRentFor_AboveDaeb_GivesNoSocialRent(int year) => Assert.Null(Policy.MaxRentFor(IncomeBand.AboveDaeb, 1, year));

    [Fact]
    public void MaxRentFor_UnknownYear_Throws()
    {
        Assert.False(Policy.HasYear(2031));
        Assert.Throws<AffordabilityConfigurationException>(() => Policy.MaxRentFor(IncomeBand.WithinDaeb, 1, 2031));
    }

    [Fact]
    public void LimitsFor_2025_KeepsTheSourceAndIncomeLimits()
    {
        var limits = Policy.LimitsFor(2025);
        Assert.False(string.IsNullOrWhiteSpace(limits.Source));
        Assert.Equal(EuroCents.FromEuros(28_375m), limits.PassendToewijzenIncomeLimit!.OnePerson);
        Assert.Null(limits.DaebIncomeLimit);
    }
}

public sealed class AffordabilityPolicyJsonTests
{
    [Fact]
    public void Parse_YearWithoutSource_IsRefused() =>
        Assert.Throws<AffordabilityConfigurationException>(() => AffordabilityPolicyJson.Parse("""{ "years": [ { "year": 2030, "socialRentCeiling": 1000 } ] }"""));

    [Fact]
    public void Parse_NoYears_IsRefused() =>
        Assert.Throws<AffordabilityConfigurationException>(() => AffordabilityPolicyJson.Parse("""{ "years": [] }"""));

    [Fact]
    public void Parse_UnknownProperty_IsRefused() =>
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => AffordabilityPolicyJson.Parse("""{ "years": [ { "year": 2030, "source": "x", "rentCapp": 1 } ] }"""));

    [Fact]
    public void Parse_SmallHouseholdMaxPersonsDefaultsToTwo() =>
        Assert.Equal(2, AffordabilityPolicyJson.Parse("""{ "years": [ { "year": 2030, "source": "test" } ] }""").LimitsFor(2030).SmallHouseholdMaxPersons);
}

/// <summary>The 2026 figures of the Rijksoverheid notice of 25 November 2025, as shipped, and what the rent limit says of a household.</summary>
public sealed class RentLimit2026Tests
{
    private static readonly AffordabilityPolicy Policy =
        AffordabilityPolicyJson.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "config", "affordability.json")));

    [Fact]
    public void Config2026_HoldsTheConfirmedFigures_AndNoAftoppingsgrens()
    {
        var limits = Policy.LimitsFor(2026);

        Assert.Equal(new EuroCents(93_293), limits.SocialRentCeiling);
        Assert.Equal(new IncomeLimit(EuroCents.FromEuros(29_400), EuroCents.FromEuros(39_925)), limits.PassendToewijzenIncomeLimit);
        Assert.Equal(new IncomeLimit(EuroCents.FromEuros(28_775), EuroCents.FromEuros(38_650)), limits.PassendToewijzenIncomeLimitElderly);
        Assert.Equal(new IncomeLimit(EuroCents.FromEuros(51_537), EuroCents.FromEuros(56_910)), limits.DaebIncomeLimit);
        Assert.Contains("25 November 2025", limits.Source);
        Assert.Null(limits.RentCapSmallHousehold);
        Assert.Null(limits.RentCapLargeHousehold);
    }

    [Theory]
    [InlineData(1, "aftoppingsgrens (lower")]
    [InlineData(2, "aftoppingsgrens (lower")]
    [InlineData(3, "aftoppingsgrens (higher")]
    public void RentLimitFor_2026WithinPassendToewijzen_NamesTheMissingFigureAndTheFile(int householdSize, string figure)
    {
        var e = Assert.Throws<AffordabilityConfigurationException>(() => Policy.RentLimitFor(IncomeBand.WithinPassendToewijzen, householdSize, 2026));

        Assert.StartsWith($"affordability 2026: {figure}", e.Message, StringComparison.Ordinal);
        Assert.Contains("is not configured in config/affordability.json", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RentLimitFor_2026WithinDaeb_IsTheLiberalisatiegrens_WithTheIncomeLimitsOfTheHouseholdsShape()
    {
        var single = Policy.RentLimitFor(IncomeBand.WithinDaeb, 1, 2026);
        var family = Policy.RentLimitFor(IncomeBand.WithinDaeb, 4, 2026);

        Assert.Equal((RentLimitBasis.Liberalisatiegrens, new EuroCents(93_293)), (single.Basis, single.MaxRent!.Value));
        Assert.Equal(
            (EuroCents.FromEuros(29_400), EuroCents.FromEuros(28_775), EuroCents.FromEuros(51_537)),
            (single.PassendToewijzenIncomeLimit!.Value, single.PassendToewijzenIncomeLimitElderly!.Value, single.DaebIncomeLimit!.Value));
        Assert.Equal(
            (EuroCents.FromEuros(39_925), EuroCents.FromEuros(38_650), EuroCents.FromEuros(56_910)),
            (family.PassendToewijzenIncomeLimit!.Value, family.PassendToewijzenIncomeLimitElderly!.Value, family.DaebIncomeLimit!.Value));
    }

    [Fact]
    public void RentLimitFor_2025_SaysWhichFigureDecides()
    {
        Assert.Equal(RentLimitBasis.AftoppingsgrensLower, Policy.RentLimitFor(IncomeBand.WithinPassendToewijzen, 2, 2025).Basis);
        Assert.Equal(new EuroCents(73_193), Policy.RentLimitFor(IncomeBand.WithinPassendToewijzen, 3, 2025).MaxRent);
        var above = Policy.RentLimitFor(IncomeBand.AboveDaeb, 1, 2025);
        Assert.Equal((RentLimitBasis.NoSocialRent, (EuroCents?)null, (EuroCents?)null), (above.Basis, above.MaxRent, above.PassendToewijzenIncomeLimitElderly));
    }

    [Fact]
    public void RentLimitFor_AYearNotConfigured_NamesTheYearAndTheFile()
    {
        var e = Assert.Throws<AffordabilityConfigurationException>(() => Policy.RentLimitFor(IncomeBand.WithinDaeb, 1, 2027));

        Assert.Equal("affordability 2027: no rent limits are configured for 2027 in config/affordability.json", e.Message);
    }
}
