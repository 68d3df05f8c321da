using System.Text.Json;
using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Domain.Affordability;

/// <summary>Reads the affordability configuration (amounts in euros, as the notices print them).</summary>
public static class AffordabilityPolicyJson
{
    public static AffordabilityPolicy Parse(string json)
    {
        var file = JsonSerializer.Deserialize<FileDto>(json, ConfigurationJson.Options)
            ?? throw new AffordabilityConfigurationException("the affordability configuration is empty");
        if (file.Years is not { Count: > 0 })
        {
            throw new AffordabilityConfigurationException("the affordability configuration lists no years");
        }
        return new AffordabilityPolicy(file.Years.Select(ToLimits));
    }

    private static YearlyRentLimits ToLimits(YearDto y)
    {
        if (string.IsNullOrWhiteSpace(y.Source))
        {
            throw new AffordabilityConfigurationException($"year {y.Year} has no source: every figure must say where it comes from");
        }
        return new YearlyRentLimits(
            y.Year,
            y.Source,
            Euros(y.SocialRentCeiling),
            Euros(y.RentCapSmallHousehold),
            Euros(y.RentCapLargeHousehold),
            y.SmallHouseholdMaxPersons ?? 2,
            Income(y.PassendToewijzenIncomeLimit),
            Income(y.DaebIncomeLimit),
            Income(y.PassendToewijzenIncomeLimitElderly));
    }

    private static EuroCents? Euros(decimal? euros) => euros is { } e ? EuroCents.FromEuros(e) : null;

    private static IncomeLimit? Income(IncomeDto? dto) =>
        dto is { OnePerson: { } one, MorePersons: { } more } ? new IncomeLimit(EuroCents.FromEuros(one), EuroCents.FromEuros(more)) : null;

    private sealed record FileDto(string? Comment, List<YearDto>? Years);

    private sealed record YearDto(
        int Year,
        string? Source,
        string? Notes,
        decimal? SocialRentCeiling,
        decimal? RentCapSmallHousehold,
        decimal? RentCapLargeHousehold,
        int? SmallHouseholdMaxPersons,
        IncomeDto? PassendToewijzenIncomeLimit,
        IncomeDto? DaebIncomeLimit,
        IncomeDto? PassendToewijzenIncomeLimitElderly);

    private sealed record IncomeDto(decimal? OnePerson, decimal? MorePersons);
}
