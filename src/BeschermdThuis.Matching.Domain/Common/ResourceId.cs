using System.Text.RegularExpressions;

namespace BeschermdThuis.Matching.Domain.Common;

/// <summary>
/// The rules for an identifier chosen by a client of the API (AIP-122 style): lower-case letters,
/// digits and hyphens, starting with a letter, at most 63 characters. The pattern ends in <c>\z</c>, not <c>$</c>
/// (which in .NET also matches before a final newline, so <c>"a\n"</c> would pass).
/// </summary>
public static partial class ResourceId
{
    [GeneratedRegex(@"^[a-z][a-z0-9-]{0,62}\z")]
    private static partial Regex Pattern();

    public const string Description = "must be 1-63 characters: lower-case letters, digits and hyphens, starting with a letter";

    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    public static string Validate(string? value, string field)
    {
        if (!IsValid(value))
        {
            throw new DomainValidationException(field, Description);
        }
        return value!;
    }
}
