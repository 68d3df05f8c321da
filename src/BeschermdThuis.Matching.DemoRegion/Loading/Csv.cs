using System.Text;

namespace BeschermdThuis.Matching.DemoRegion.Loading;

/// <summary>A minimal reader for the demo CSV files: a header row, comma-separated fields, double quotes around fields with commas.</summary>
internal static class Csv
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Parse(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var header = SplitLine(lines[0]);
        var rows = new List<IReadOnlyDictionary<string, string>>(lines.Length - 1);
        foreach (var line in lines.Skip(1))
        {
            var fields = SplitLine(line);
            if (fields.Count != header.Count)
            {
                throw new FormatException($"CSV row has {fields.Count} fields, the header {header.Count}: {line}");
            }
            rows.Add(header.Zip(fields).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
        }
        return rows;
    }

    private static List<string> SplitLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        fields.Add(field.ToString());
        return fields;
    }
}
