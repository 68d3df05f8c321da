using Microsoft.Data.Sqlite;

namespace BeschermdThuis.Matching.Storage;

/// <summary>Which database to use and how to reach it.</summary>
public sealed record StorageOptions(StorageProvider Provider, string ConnectionString)
{
    /// <summary>A SQLite database in the given file, created when missing.</summary>
    public static StorageOptions SqliteFile(string path) =>
        new(StorageProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = path }.ToString());

    public static StorageOptions SqlServer(string connectionString) => new(StorageProvider.SqlServer, connectionString);
}
