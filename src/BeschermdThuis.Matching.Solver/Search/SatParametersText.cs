using System.Globalization;
using Google.OrTools.Sat;
using Google.Protobuf.Reflection;

namespace BeschermdThuis.Matching.Solver.Search;

/// <summary>
/// Writes a <see cref="SatParameters"/> message in protobuf text format, the only form CP-SAT's C# wrapper takes.
/// (The C# protobuf <c>ToString()</c> writes JSON, which the native parser rejects.) Only scalar fields are
/// supported, and every value comes from a typed field, so no caller's text ever reaches the native parser.
/// </summary>
public static class SatParametersText
{
    public static string Format(SatParameters parameters)
    {
        var parts = new List<string>();
        foreach (var field in SatParameters.Descriptor.Fields.InFieldNumberOrder())
        {
            if (field.IsRepeated || field.FieldType == FieldType.Message)
            {
                continue;
            }
            if (!field.Accessor.HasValue(parameters))
            {
                continue;
            }
            var value = field.Accessor.GetValue(parameters);
            var text = field.FieldType switch
            {
                FieldType.Bool => (bool)value ? "true" : "false",
                FieldType.Enum => field.EnumType.FindValueByNumber(Convert.ToInt32(value, CultureInfo.InvariantCulture)).Name,
                FieldType.Double => ((double)value).ToString("R", CultureInfo.InvariantCulture),
                FieldType.Float => ((float)value).ToString("R", CultureInfo.InvariantCulture),
                FieldType.String or FieldType.Bytes => throw new NotSupportedException($"string parameter {field.Name} is not supported"),
                _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
            };
            parts.Add($"{field.Name}:{text}");
        }
        return string.Join(' ', parts);
    }
}
