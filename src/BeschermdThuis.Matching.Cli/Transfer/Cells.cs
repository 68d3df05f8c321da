using System.Globalization;
using System.Text;
using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Cli.Transfer;

/// <summary>
/// Reads the cells of one row into values; a wrong cell throws a violation on its column. Numbers take a decimal comma
/// or a decimal period (712,50 or 712.50) and no thousands separators; dates are ISO (2026-03-01) or Dutch (1-3-2026);
/// yes/no cells take ja/nee, yes/no, true/false or 1/0; names of kinds are written in kebab case (skaeve-huse).
/// </summary>
internal sealed class Cells(TableRow row)
{
    public const char ListSeparator = '|';

    public string Text(string column) => row.Cells.GetValueOrDefault(column, string.Empty);

    public string Required(string column) =>
        Text(column) is { Length: > 0 } text ? text : throw new DomainValidationException(column, "is required");

    public int Int(string column, int empty) => Text(column).Length == 0 ? empty : ParseInt(column, Text(column));

    public int? OptionalInt(string column) => Text(column).Length == 0 ? null : ParseInt(column, Text(column));

    public bool Bool(string column) => Text(column).ToLowerInvariant() switch
    {
        "" or "nee" or "no" or "false" or "0" or "n" => false,
        "ja" or "yes" or "true" or "1" or "j" or "y" => true,
        _ => throw new DomainValidationException(column, $"{FreeText.Quote(Text(column))} is not ja/nee (yes/no, true/false, 1/0)"),
    };

    /// <summary>An amount in euros with at most two decimals, as cents.</summary>
    public long Cents(string column, long empty)
    {
        var text = Text(column);
        if (text.Length == 0)
        {
            return empty;
        }
        var value = ParseDecimal(column, text);
        return decimal.Round(value, 2) == value
            ? (long)(value * 100)
            : throw new DomainValidationException(column, $"{FreeText.Quote(text)} has more than two decimals (euros and cents)");
    }

    public double Degrees(string column) => (double)ParseDecimal(column, Required(column));

    public DateOnly Date(string column)
    {
        var text = Required(column);
        string[] formats = ["yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy"];
        return DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new DomainValidationException(column, $"{FreeText.Quote(text)} is not a date (2026-03-01 or 1-3-2026)");
    }

    public T Kind<T>(string column, T? empty = null)
        where T : struct, Enum
    {
        var text = Text(column);
        if (text.Length == 0 && empty is { } value)
        {
            return value;
        }
        return ParseKind<T>(column, Required(column));
    }

    public IReadOnlyList<string> List(string column) =>
        [.. Text(column).Split(ListSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    public static T ParseKind<T>(string column, string text)
        where T : struct, Enum
    {
        var plain = text.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        return Enum.TryParse<T>(plain, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(plain, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
            ? value
            : throw new DomainValidationException(column, $"{FreeText.Quote(text)} is not one of {string.Join(", ", Enum.GetValues<T>().Select(KindName))}");
    }

    /// <summary>An enum value as files write it: SkaeveHuse → skaeve-huse.</summary>
    public static string KindName<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var kebab = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && kebab.Length > 0)
            {
                kebab.Append('-');
            }
            kebab.Append(char.ToLowerInvariant(c));
        }
        return kebab.ToString();
    }

    private static string Comma(string invariant, bool decimalComma) => decimalComma ? invariant.Replace('.', ',') : invariant;

    public static string Money(long cents, bool decimalComma) => Comma((cents / 100m).ToString("0.00", CultureInfo.InvariantCulture), decimalComma);

    public static string Degrees(double value, bool decimalComma) => Comma(value.ToString("R", CultureInfo.InvariantCulture), decimalComma);

    public static string Bool(bool value) => value ? "ja" : "nee";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int ParseInt(string column, string text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new DomainValidationException(column, $"{FreeText.Quote(text)} is not a whole number");

    private static decimal ParseDecimal(string column, string text)
    {
        var marks = text.Count(c => c is ',' or '.');
        var normal = text.Replace(',', '.');
        return marks <= 1 && decimal.TryParse(normal, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new DomainValidationException(column, $"{FreeText.Quote(text)} is not a number (712,50 or 712.50, no thousands separators)");
    }
}
