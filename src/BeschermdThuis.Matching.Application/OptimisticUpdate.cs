using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Application;

/// <summary>
/// Read (with version), apply only the requested change, validate, write only if the version is unchanged. An update
/// that carries an etag is for that version only: any other stored version aborts it. Without an etag a lost race is
/// retried on a fresh read, a bounded number of times, so an acknowledged update is never silently overwritten.
/// </summary>
public static class OptimisticUpdate
{
    /// <summary>Attempts per call without an etag before it is refused as aborted.</summary>
    public const int MaxAttempts = 8;

    /// <param name="resourceName">Names the resource in NotFound and Aborted errors.</param>
    /// <param name="etag">The request's etag; null or empty to update whatever version is stored.</param>
    /// <param name="read">Reads the resource with its version; null when it does not exist.</param>
    /// <param name="change">Applies the request to the stored value and validates the result (no writes).</param>
    /// <param name="write">Writes the changed value if the stored version is still the given one.</param>
    /// <param name="cancellationToken">Ends the retries.</param>
    public static async Task<Versioned<T>> RunAsync<T>(
        string resourceName,
        string? etag,
        Func<Task<Versioned<T>?>> read,
        Func<T, Task<T>> change,
        Func<T, long, Task<UpdateOutcome>> write,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(write);
        var conditional = !string.IsNullOrEmpty(etag);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var current = await read() ?? throw new NotFoundException(resourceName);
            if (conditional && etag != ETags.Of(current.Version))
            {
                throw new AbortedException(resourceName, "the etag is not the current one; read the resource again");
            }
            var updated = await change(current.Value);
            switch (await write(updated, current.Version))
            {
                case UpdateOutcome.Updated:
                    return new Versioned<T>(updated, current.Version + 1);
                case UpdateOutcome.NotFound:
                    throw new NotFoundException(resourceName);
                case UpdateOutcome.Stale when conditional:
                    throw new AbortedException(resourceName, "changed by another call since the etag was read; read the resource again");
                default:
                    // Lost the race: spread the retries a little so the same callers do not collide again at once.
                    await Task.Delay(Random.Shared.Next(0, attempt * 2), cancellationToken);
                    break;
            }
        }
        throw new AbortedException(resourceName, $"changed by other calls {MaxAttempts} times during this update; retry");
    }
}
