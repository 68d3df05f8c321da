using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Application;

public static class MatchLocks
{
    /// <summary>
    /// Takes the region's match lock, or refuses as aborted while a match holds it; <paramref name="advice"/> is added to
    /// the message (what to do instead).
    /// </summary>
    public static async Task<IAsyncDisposable> AcquireOrAbortAsync(
        this IMatchLock matchLock, string regionId, string? advice, CancellationToken cancellationToken)
    {
        try
        {
            return await matchLock.AcquireAsync(regionId, cancellationToken);
        }
        catch (MatchAlreadyRunningException e)
        {
            throw new AbortedException(ResourceNames.Region(regionId), advice is null ? e.Message : $"{e.Message}; {advice}");
        }
    }
}
