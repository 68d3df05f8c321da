namespace BeschermdThuis.Matching.Domain.Repositories;

/// <summary>
/// One match at a time per region, also across server instances that share a database: the database's own lock
/// (<c>sp_getapplock</c> on SQL Server; an immediate write transaction on a lock file beside the SQLite file).
/// </summary>
public interface IMatchLock
{
    /// <summary>Takes the region's match lock without waiting; dispose the result to release it.</summary>
    /// <exception cref="MatchAlreadyRunningException">Another match of the region holds the lock.</exception>
    Task<IAsyncDisposable> AcquireAsync(string regionId, CancellationToken cancellationToken = default);
}

public sealed class MatchAlreadyRunningException(string regionId)
    : Exception($"a match for regions/{regionId} is already running; try again when it has finished")
{
    public string RegionId { get; } = regionId;
}
