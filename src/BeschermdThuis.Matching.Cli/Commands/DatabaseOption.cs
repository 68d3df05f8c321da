using System.CommandLine;
using BeschermdThuis.Matching.Storage;

namespace BeschermdThuis.Matching.Cli.Commands;

/// <summary>The database the commands work on: the embedded default is a SQLite file in the working directory.</summary>
internal static class DatabaseOption
{
    public const string DefaultFile = "beschermdthuis.db";

    public static Option<string> Create() => new("--database")
    {
        Description = $"SQLite database file (default {DefaultFile}).",
        DefaultValueFactory = _ => DefaultFile,
    };

    public static StorageOptions SqliteFile(string path) =>
        new(StorageProvider.Sqlite, $"Data Source={path}");
}
