using System.Globalization;

namespace BeschermdThuis.Matching.Storage.Dialects;

/// <summary>
/// Builds the statements both dialects share. Parameters are named after their column in PascalCase
/// (<c>region_id</c> → <c>@RegionId</c>), which is also how the row classes name their properties.
/// </summary>
public static class SqlText
{
    public static string Param(string column) =>
        "@" + string.Concat(column.Split('_').Select(part => char.ToUpper(part[0], CultureInfo.InvariantCulture) + part[1..]));

    public static string Insert(string table, IReadOnlyList<string> columns) =>
        $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(Param))})";

    /// <summary>
    /// One INSERT of <paramref name="rowCount"/> rows (a bulk insert): row r binds its columns as <c>@Column_r</c>
    /// (<see cref="RowParam"/>). Both dialects take this form; each caps the rows and parameters per statement.
    /// </summary>
    public static string InsertRows(string table, IReadOnlyList<string> columns, int rowCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowCount, 1);
        var rows = Enumerable.Range(0, rowCount).Select(r => $"({string.Join(", ", columns.Select(c => RowParam(c, r)))})");
        return $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES {string.Join(", ", rows)}";
    }

    /// <summary>The parameter of <paramref name="column"/> in row <paramref name="row"/> of <see cref="InsertRows"/>.</summary>
    public static string RowParam(string column, int row) => $"{Param(column)}_{row.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Replaces a versioned row and raises its version, whatever version it had.</summary>
    public static string Update(string table, IReadOnlyList<string> keyColumns, IReadOnlyList<string> valueColumns) =>
        $"UPDATE {table} SET {string.Join(", ", valueColumns.Select(c => $"{c} = {Param(c)}"))}, version = version + 1 WHERE {KeyMatch(keyColumns)}";

    /// <summary>
    /// Replaces a versioned row only while its version is still <c>@ExpectedVersion</c>, and raises it: of two writers
    /// that read the same version, exactly one changes the row (optimistic concurrency).
    /// </summary>
    public static string ConditionalUpdate(string table, IReadOnlyList<string> keyColumns, IReadOnlyList<string> valueColumns) =>
        Update(table, keyColumns, valueColumns) + " AND version = @ExpectedVersion";

    /// <summary>The stored version of one row (none when the row does not exist).</summary>
    public static string SelectVersion(string table, IReadOnlyList<string> keyColumns) =>
        $"SELECT version FROM {table} WHERE {KeyMatch(keyColumns)}";

    public static string KeyMatch(IReadOnlyList<string> keyColumns, string? alias = null) =>
        string.Join(" AND ", keyColumns.Select(c => $"{(alias is null ? "" : alias + ".")}{c} = {Param(c)}"));

    public static string Columns(IReadOnlyList<string> columns, string? alias = null) =>
        string.Join(", ", columns.Select(c => alias is null ? c : $"{alias}.{c}"));
}
