using System.Data.Common;

namespace BeschermdThuis.Matching.Storage.Dialects;

/// <summary>
/// The few things that differ between SQLite and SQL Server. Everything else (tables, columns, the other
/// statements) is shared; the schema itself lives in each dialect's migration scripts.
/// </summary>
public interface ISqlDialect
{
    StorageProvider Provider { get; }

    /// <summary>The folder under Migrations/ that holds this dialect's scripts.</summary>
    string MigrationFolder { get; }

    /// <summary>Creates the version table when it is missing; safe to run every start.</summary>
    string CreateVersionTable { get; }

    /// <summary>
    /// Reads the applied versions inside the migration transaction and holds the version table until commit,
    /// so two services starting at once apply each script once.
    /// </summary>
    string SelectAppliedVersionsLocked { get; }

    /// <summary>Run once when the database is opened, outside any transaction; null when nothing is needed.</summary>
    string? OpenDatabase { get; }

    /// <summary>Run on every connection right after it opens; null when nothing is needed.</summary>
    string? OpenConnection { get; }

    DbConnection CreateConnection(string connectionString);

    /// <summary>True when an opened connection is still inside a transaction that an earlier user of it left open.</summary>
    bool IsInTransaction(DbConnection connection);

    /// <summary>Closes the pooled connections to this database (so a SQLite file can be moved or deleted).</summary>
    void ReleaseConnections(string connectionString);

    /// <summary>
    /// Inserts a row or, when a row with the same key exists, replaces its other columns (and, when
    /// <paramref name="versioned"/>, raises its version so its etag changes).
    /// </summary>
    string Upsert(string table, IReadOnlyList<string> keyColumns, IReadOnlyList<string> valueColumns, bool versioned = false);

    /// <summary>Appends the row limit <c>@Take</c> to a query that ends with ORDER BY.</summary>
    string Limit(string orderedQuery);

    /// <summary>The most rows one multi-row INSERT of a bulk insert writes (SQL Server takes at most 1,000 per VALUES).</summary>
    int MaxRowsPerInsert { get; }

    /// <summary>The most parameters one statement of a bulk insert binds (SQL Server: 2,100; SQLite: 32,766).</summary>
    int MaxParametersPerStatement { get; }

    /// <summary>True when the error is a primary-key, unique-constraint or unique-index violation.</summary>
    bool IsUniqueViolation(Exception exception);
}
