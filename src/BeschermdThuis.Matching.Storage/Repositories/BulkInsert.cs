using System.Data.Common;
using System.Reflection;
using BeschermdThuis.Matching.Storage.Dialects;
using Dapper;
using static BeschermdThuis.Matching.Storage.Repositories.SqlDatabase;

namespace BeschermdThuis.Matching.Storage.Repositories;

/// <summary>
/// Inserts many rows with multi-row INSERTs inside the caller's transaction: a batch of 1,000 units is 2 statements on
/// SQLite and 9 on SQL Server (2,100 parameters per request) instead of 1,000 round trips. A row class names its
/// properties after the columns (<c>net_rent_cents</c> → <c>NetRentCents</c>), as for the single-row statements.
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
            var parameters = new DynamicParameters();
            for (var r = 0; r < chunk.Length; r++)
            {
                for (var c = 0; c < columns.Count; c++)
                {
                    parameters.Add(SqlText.RowParam(columns[c], r)[1..], properties[c].GetValue(chunk[r]));
                }
            }
            await connection.ExecuteAsync(Command(SqlText.InsertRows(table, columns, chunk.Length), parameters, cancellationToken, transaction));
        }
    }

    /// <summary>The rows one statement takes within the dialect's limits on rows and parameters.</summary>
    public static int RowsPerStatement(ISqlDialect dialect, int columnCount) =>
        Math.Max(1, Math.Min(dialect.MaxRowsPerInsert, dialect.MaxParametersPerStatement / columnCount));
}
