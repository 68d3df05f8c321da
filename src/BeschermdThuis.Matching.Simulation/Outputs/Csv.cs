using System.Globalization;

namespace BeschermdThuis.Matching.Simulation.Outputs;

/// <summary>RFC 4180 fields: comma-separated, quoted when a field holds a comma, quote or line break; numbers invariant.</summary>
internal static class Csv
{
    public static string Line(params IEnumerable<string?> fields) => string.Join(',', fields.Select(Field));

    public static string Number(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    public static string Flag(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => "",
    };

    private static string Field(string? value) =>
        value is null ? "" : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
