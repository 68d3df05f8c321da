using System.Text.RegularExpressions;
using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Domain.Geography;

/// <summary>A CBS municipality code, <c>GM</c> and four digits (e.g. GM0268, Nijmegen).</summary>
public readonly partial record struct MunicipalityCode
{
    public MunicipalityCode(string value) => Value = AreaCodePatterns.Check(value, Pattern(), "GM followed by 4 digits");

    public string Value { get; }

    [GeneratedRegex(@"^GM[0-9]{4}\z")]
    private static partial Regex Pattern();

    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    public override string ToString() => Value;
}

/// <summary>A CBS district (wijk) code, <c>WK</c> and six digits: the municipality's four, then two.</summary>
public readonly partial record struct DistrictCode
{
    public DistrictCode(string value) => Value = AreaCodePatterns.Check(value, Pattern(), "WK followed by 6 digits");

    public string Value { get; }

    /// <summary>The municipality the code itself names (its first four digits).</summary>
    public MunicipalityCode Municipality => new("GM" + Value[2..6]);

    [GeneratedRegex(@"^WK[0-9]{6}\z")]
    private static partial Regex Pattern();

    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    public override string ToString() => Value;
}

/// <summary>A CBS neighbourhood (buurt) code, <c>BU</c> and eight digits: the district's six, then two.</summary>
public readonly partial record struct NeighbourhoodCode
{
    public NeighbourhoodCode(string value) => Value = AreaCodePatterns.Check(value, Pattern(), "BU followed by 8 digits");

    public string Value { get; }

    public DistrictCode District => new("WK" + Value[2..8]);

    public MunicipalityCode Municipality => new("GM" + Value[2..6]);

    [GeneratedRegex(@"^BU[0-9]{8}\z")]
    private static partial Regex Pattern();

    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    public override string ToString() => Value;
}

internal static class AreaCodePatterns
{
    public static string Check(string? value, Regex pattern, string shape) =>
        value is not null && pattern.IsMatch(value)
            ? value
            : throw new DomainValidationException("code", $"{FreeText.Quote(value)} is not a CBS code: expected {shape}");
}
