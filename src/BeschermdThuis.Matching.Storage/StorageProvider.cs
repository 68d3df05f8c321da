namespace BeschermdThuis.Matching.Storage;

public enum StorageProvider
{
    /// <summary>A SQLite database file: the embedded default.</summary>
    Sqlite = 1,

    /// <summary>Microsoft SQL Server: the production store.</summary>
    SqlServer = 2,
}
