using System.Data.Common;
using System.Reflection;
using BeschermdThuis.Matching.Storage.Dialects;

namespace BeschermdThuis.Matching.Storage.Repositories;

/// <summary>
/// Inserts many rows with multi-row INSERTs inside the caller's transaction: a batch of 1,000 units is 20 statements on
/// SQLite and 9 on SQL Server (2,100 parameters per request) instead of 1,000 round trips. A row class names its
/// properties after the columns (<c>net_rent_cents</c> → <c>NetRentCents</c>), as for the single-row statements.
/// Parameters are added to the command by their full name (<c>@UnitId_0</c>), not through Dapper: Dapper strips the
/// prefix, and Microsoft.Data.Sqlite then looks each bare name up in the statement's parameter list, fails after a full
/// scan, and scans again with the prefix; binding a statement was quadratic in its parameters (see SqliteDialect).
/// </summary>
internal static class BulkInsert
{
    public static async Task InsertAsync<TRow>(
        DbConnection connection, DbTransaction transaction, ISqlDialect dialect, string table, IReadOnlyList<string> columns,
        IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }
        var properties = columns.Select(c => typeof(TRow).GetProperty(SqlText.Param(c)[1..], BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{typeof(TRow).Name} has no property for column {c}")).ToArray();
        var perStatement = RowsPerStatement(dialect, columns.Count);
        foreach (var chunk in rows.Chunk(perStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = SqlText.InsertRows(table, columns, chunk.Length);
            for (var r = 0; r < chunk.Length; r++)
            {
                for (var c = 0; c < columns.Count; c++)
                {
                    command.Parameters.Add(Parameter(command, SqlText.RowParam(columns[c], r), properties[c].GetValue(chunk[r])));
                }
            }
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>A parameter as Dapper would add it (null as DBNull, strings sized 4,000 so SQL Server reuses the plan).</summary>
    private static DbParameter Parameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        if (value is string { Length: <= 4000 })
        {
            parameter.Size = 4000;
        }
        return parameter;
    }

    /// <summary>The rows one statement takes within the dialect's limits on rows and parameters.</summary>
    public static int RowsPerStatement(ISqlDialect dialect, int columnCount) =>
        Math.Max(1, Math.Min(dialect.MaxRowsPerInsert, dialect.MaxParametersPerStatement / columnCount));
}
