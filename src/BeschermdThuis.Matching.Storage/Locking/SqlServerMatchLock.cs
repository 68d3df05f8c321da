using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Repositories;
using Dapper;
using Microsoft.Data.SqlClient;

namespace BeschermdThuis.Matching.Storage.Locking;

/// <summary>
/// One match at a time per region on SQL Server, across every server instance that shares the database: an exclusive
/// application lock (<c>sp_getapplock</c>) owned by a session that stays open until the holder disposes it. SQL Server
/// releases it as well when that session ends, so a crashed holder does not block the region.
/// </summary>
public sealed class SqlServerMatchLock(string connectionString) : IMatchLock
{
    /// <summary>Takes the lock without waiting; the result is 0 when granted and negative when another session holds it.</summary>
    public const string GetAppLock =
        "DECLARE @result INT; EXEC @result = sp_getapplock @Resource = @Resource, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = 0; SELECT @result;";

    public const string ReleaseAppLock = "EXEC sp_releaseapplock @Resource = @Resource, @LockOwner = 'Session';";

    public static string Resource(string regionId) =>
        ResourceId.IsValid(regionId) ? "match:" + regionId : throw new ArgumentException($"region id {ResourceId.Description}", nameof(regionId));

    public async Task<IAsyncDisposable> AcquireAsync(string regionId, CancellationToken cancellationToken = default)
    {
        var resource = Resource(regionId);
        var connection = new SqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            var result = await connection.ExecuteScalarAsync<int>(
                new CommandDefinition(GetAppLock, new { Resource = resource }, cancellationToken: cancellationToken));
            if (result < 0)
            {
                throw new MatchAlreadyRunningException(regionId);
            }
            return new Held(connection, resource);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class Held(SqlConnection connection, string resource) : IAsyncDisposable
    {
        private int _released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0)
            {
                return;
            }
            try
            {
                await connection.ExecuteAsync(new CommandDefinition(ReleaseAppLock, new { Resource = resource }));
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
