using BeschermdThuis.Matching.Storage.Dialects;

namespace BeschermdThuis.Matching.Storage.Tests.Support;

/// <summary>A temporary SQLite file, deleted (with its WAL and match-lock files) when the test ends.</summary>
public sealed class SqliteTestStore : ITestStore
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"beschermdthuis-storage-{Guid.NewGuid():N}.db");

    public string FilePath => _path;

    public Task<StorageOptions> PrepareAsync() => Task.FromResult(StorageOptions.SqliteFile(_path));

    public string FailingInsertTrigger(string table) =>
        $"CREATE TRIGGER fail_{table} BEFORE INSERT ON {table} BEGIN SELECT RAISE(ABORT, 'insert into {table} refused by test'); END";

    public ValueTask DisposeAsync()
    {
        // This file's pool only: clearing every pool (ClearAllPools) disposed the connections of tests running in parallel.
        SqliteDialect.Instance.ReleaseConnections(StorageOptions.SqliteFile(_path).ConnectionString);
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
        // The match locks' files beside the database (one per region).
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(_path)!, Path.GetFileName(_path) + ".match-lock.*"))
        {
            File.Delete(file);
        }
        return ValueTask.CompletedTask;
    }
}
