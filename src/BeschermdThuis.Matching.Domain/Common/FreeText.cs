namespace BeschermdThuis.Matching.Domain.Common;

/// <summary>
/// The rules for names and other free text: not blank, at most <see cref="DomainRanges.MaxNameLength"/> characters,
/// and no control characters or line breaks (a name is one line, and is safe to log and to echo).
/// </summary>
public static class FreeText
{
    public static string Description => $"must be 1-{DomainRanges.MaxNameLength} characters on one line, not blank, without control characters";

    public static bool IsValid(string? value) =>
        !string.IsNullOrWhiteSpace(value)
        && value.Length <= DomainRanges.MaxNameLength
        && !value.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029');

    /// <summary>How an error message quotes a bad input: at most a short prefix, with control characters escaped.</summary>
    public static string Quote(string? value)
    {
        if (value is null)
        {
            return "null";
        }
        var shown = value.Length <= QuotedLength ? value : value[..QuotedLength] + "…";
        return "'" + string.Concat(shown.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString())) + "'";
    }

    private const int QuotedLength = 32;
}
