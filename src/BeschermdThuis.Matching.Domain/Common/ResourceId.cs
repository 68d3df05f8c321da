using System.Text.RegularExpressions;

namespace BeschermdThuis.Matching.Domain.Common;

/// <summary>
/// The rules for an identifier chosen by a client of the API (AIP-122 style): lower-case letters,
/// digits and hyphens, starting with a letter, at most 63 characters.
/// </summary>
public static partial class ResourceId
{
    [GeneratedRegex("^[a-z][a-z0-9-]{0,62}$")]
    private static partial Regex Pattern();

    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    public static string Validate(string? value, string field)
    {
        if (!IsValid(value))
        {
            throw new DomainValidationException(field,
                "must be 1-63 characters: lower-case letters, digits and hyphens, starting with a letter");
        }
        return value!;
    }
}
