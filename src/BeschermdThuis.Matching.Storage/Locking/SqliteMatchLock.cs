using System.Security.Cryptography;
using System.Text;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Repositories;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace BeschermdThuis.Matching.Storage.Locking;

/// <summary>
/// One match at a time per region on a SQLite database: the holder keeps an immediate write transaction open on a
/// small lock file beside the database (<c>&lt;database&gt;.match-lock.&lt;region&gt;</c>, an empty SQLite database),
/// so SQLite's own file lock is the match lock, across processes too, and it goes when the holder's process does. A
/// file per region keeps matches of different regions apart and leaves the database itself free for their writes.
/// </summary>
public sealed class SqliteMatchLock(string connectionString) : IMatchLock
{
    private const int SqliteBusy = 5;

    public Task<IAsyncDisposable> AcquireAsync(string regionId, CancellationToken cancellationToken = default)
    {
        var lockFile = LockFile(connectionString, regionId);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<IAsyncDisposable>(cancellationToken);
        }
        try
        {
            return Task.FromResult<IAsyncDisposable>(Acquire(lockFile, regionId));
        }
        catch (Exception e)
        {
            // Like an async method: the caller meets a busy lock where it awaits.
            return Task.FromException<IAsyncDisposable>(e);
        }
    }

    /// <summary>
    /// The lock file of <paramref name="regionId"/>: beside the database file, or for a database without a file (in
    /// memory) in the temporary folder under a name derived from its connection string.
    /// </summary>
    public static string LockFile(string connectionString, string regionId)
    {
        if (!ResourceId.IsValid(regionId))
        {
            throw new ArgumentException($"region id {ResourceId.Description}", nameof(regionId));
        }
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        if (builder.Mode == SqliteOpenMode.Memory || string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
        {
            var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(connectionString)))[..16];
            return Path.Combine(Path.GetTempPath(), $"beschermdthuis-{key}.match-lock.{regionId}");
        }
        return Path.GetFullPath(dataSource) + ".match-lock." + regionId;
    }

    private static Held Acquire(string lockFile, string regionId)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = lockFile, Pooling = false }.ToString());
        try
        {
            connection.Open();
            // Straight to SQLite, without a busy timeout: Microsoft.Data.Sqlite would retry a busy BEGIN for the whole
            // command timeout, and the contract is "without waiting".
            raw.sqlite3_busy_timeout(connection.Handle, 0);
            var rc = raw.sqlite3_exec(connection.Handle, "BEGIN IMMEDIATE");
            if (rc == SqliteBusy)
            {
                throw new MatchAlreadyRunningException(regionId);
            }
            SqliteException.ThrowExceptionForRC(rc, connection.Handle);
            return new Held(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private sealed class Held(SqliteConnection connection) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                raw.sqlite3_exec(connection.Handle, "ROLLBACK");
                connection.Dispose();
            }
            return ValueTask.CompletedTask;
        }
    }
}
