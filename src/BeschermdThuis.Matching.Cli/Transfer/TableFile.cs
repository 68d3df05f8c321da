using System.Data;
using System.Text;
using System.Text.Json;
using Sylvan.Data.Csv;

namespace BeschermdThuis.Matching.Cli.Transfer;

/// <summary>One data row of a file: its number as a person finds it (the CSV line, the JSON array position from 1) and its cells by column.</summary>
internal sealed record TableRow(int Number, IReadOnlyDictionary<string, string> Cells);

/// <summary>
/// The files <c>import</c> reads and <c>export</c> writes: CSV with a header line, or a JSON array of objects with the
/// same names. A CSV file's separator is the one of <c>;</c>, <c>,</c> and tab that its header line holds most of
/// (column names never contain one), so both what Dutch spreadsheets write (<c>;</c> with decimal commas) and
/// comma files (with decimal periods) are read. Written CSV has a UTF-8 byte order mark, so a spreadsheet opens it as UTF-8.
/// </summary>
internal static class TableFile
{
    public static bool IsJson(string path) => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<TableRow> Read(string path) => IsJson(path) ? ReadJson(path) : ReadCsv(path);

    public static char DetectSeparator(string headerLine)
    {
        char[] candidates = [';', ',', '\t'];
        var best = candidates.MaxBy(c => headerLine.Count(h => h == c));
        return headerLine.Contains(best, StringComparison.Ordinal) ? best : ';';
    }

    public static void Write(string path, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows, char separator)
    {
        if (IsJson(path))
        {
            WriteJson(path, columns, rows);
            return;
        }
        using var table = new DataTable();
        foreach (var column in columns)
        {
            table.Columns.Add(column, typeof(string));
        }
        foreach (var row in rows)
        {
            table.Rows.Add([.. row]);
        }
        using var writer = new StreamWriter(path, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        using var csv = CsvDataWriter.Create(writer, new CsvDataWriterOptions { Delimiter = separator, NewLine = "\r\n" });
        csv.Write(table.CreateDataReader());
    }

    private static List<TableRow> ReadCsv(string path)
    {
        var header = File.ReadLines(path, Encoding.UTF8).FirstOrDefault()
            ?? throw new InvalidDataException($"{path} is empty: expected a header line with the column names");
        var separator = DetectSeparator(header);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { Delimiter = separator, HasHeaders = true });
        var columns = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim('\uFEFF', ' ').ToLowerInvariant()).ToArray();
        var rows = new List<TableRow>();
        // Rows as a spreadsheet numbers them: the header is row 1.
        var number = 1;
        while (csv.Read())
        {
            number++;
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < columns.Length && i < csv.RowFieldCount; i++)
            {
                cells.TryAdd(columns[i], csv.GetString(i).Trim());
            }
            if (cells.Values.Any(v => v.Length > 0))
            {
                rows.Add(new TableRow(number, cells));
            }
        }
        return rows;
    }

    private static List<TableRow> ReadJson(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{path}: expected a JSON array of objects, one per row");
        }
        var rows = new List<TableRow>();
        var number = 0;
        foreach (var item in document.RootElement.EnumerateArray())
        {
            number++;
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            if (item.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in item.EnumerateObject())
                {
                    cells.TryAdd(property.Name.ToLowerInvariant(), property.Value.ValueKind switch
                    {
                        JsonValueKind.String => property.Value.GetString()!.Trim(),
                        JsonValueKind.Null => string.Empty,
                        _ => property.Value.GetRawText(),
                    });
                }
            }
            rows.Add(new TableRow(number, cells));
        }
        return rows;
    }

    private static void WriteJson(string path, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var row in rows)
        {
            json.WriteStartObject();
            for (var i = 0; i < columns.Count; i++)
            {
                json.WriteString(columns[i], row[i]);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
