using System.Data.Common;
using Microsoft.Data.SqlClient;

namespace BeschermdThuis.Matching.Storage.Dialects;

public sealed class SqlServerDialect : ISqlDialect
{
    private const int UniqueConstraintViolation = 2627;
    private const int UniqueIndexViolation = 2601;

    public static SqlServerDialect Instance { get; } = new();

    public StorageProvider Provider => StorageProvider.SqlServer;

    public string MigrationFolder => "SqlServer";

    public string CreateVersionTable =>
        "IF OBJECT_ID(N'schema_version', N'U') IS NULL CREATE TABLE schema_version "
        + "(version INT NOT NULL PRIMARY KEY, name NVARCHAR(200) NOT NULL, applied_at NVARCHAR(40) NOT NULL);";

    public string SelectAppliedVersionsLocked => "SELECT version FROM schema_version WITH (TABLOCKX, HOLDLOCK) ORDER BY version";

    public string? OpenDatabase => null;

    public string? OpenConnection => null;

    public void ReleaseConnections(string connectionString)
    {
        using var connection = new SqlConnection(connectionString);
        SqlConnection.ClearPool(connection);
    }

    public DbConnection CreateConnection(string connectionString) => new SqlConnection(connectionString);

    // SqlClient resets a pooled connection (sp_reset_connection), rolling back what its last user left open.
    public bool IsInTransaction(DbConnection connection) => false;

    // MERGE with HOLDLOCK so two concurrent upserts of the same key cannot both insert.
    public string Upsert(string table, IReadOnlyList<string> keyColumns, IReadOnlyList<string> valueColumns, bool versioned = false)
    {
        IReadOnlyList<string> all = [.. keyColumns, .. valueColumns];
        return $"MERGE INTO {table} WITH (HOLDLOCK) AS target"
            + $" USING (SELECT {string.Join(", ", all.Select(c => $"{SqlText.Param(c)} AS {c}"))}) AS source"
            + $" ON {string.Join(" AND ", keyColumns.Select(c => $"target.{c} = source.{c}"))}"
            + $" WHEN MATCHED THEN UPDATE SET {string.Join(", ", valueColumns.Select(c => $"target.{c} = source.{c}"))}"
            + (versioned ? ", target.version = target.version + 1" : "")
            + $" WHEN NOT MATCHED THEN INSERT ({SqlText.Columns(all)}) VALUES ({SqlText.Columns(all, "source")});";
    }

    public string Limit(string orderedQuery) => orderedQuery + " OFFSET 0 ROWS FETCH NEXT @Take ROWS ONLY";

    // A table value constructor takes at most 1,000 rows, and a request at most 2,100 parameters.
    public int MaxRowsPerInsert => 1000;

    public int MaxParametersPerStatement => 2000;

    public bool IsUniqueViolation(Exception exception) =>
        exception is SqlException e && e.Errors.Cast<SqlError>().Any(error => error.Number is UniqueConstraintViolation or UniqueIndexViolation);
}
