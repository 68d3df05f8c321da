using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Application.Batches;

/// <summary>
/// <see cref="OptimisticUpdate"/> for a batch: read every item with its version, apply every change (all wrong items
/// reported together), write all of them in one transaction only while every version is unchanged. An item with an
/// etag is for that version only (ABORTED naming it); a lost race without etags is retried on a fresh read, a bounded
/// number of times.
/// </summary>
public static class BatchUpdate
{
    /// <param name="count">The number of items.</param>
    /// <param name="item">Names the item and gives its etag (null or empty: whatever version is stored).</param>
    /// <param name="read">Reads item i with its version; null when it does not exist.</param>
    /// <param name="change">Applies item i's change to its stored value and validates the result (no writes).</param>
    /// <param name="write">Writes every changed value over its version, all or none; the outcome of each.</param>
    /// <param name="cancellationToken">Ends the retries.</param>
    public static async Task<IReadOnlyList<Versioned<T>>> RunAsync<T>(
        int count,
        Func<int, (string Name, string? Etag)> item,
        Func<int, Task<Versioned<T>?>> read,
        Func<int, T, Task<T>> change,
        Func<IReadOnlyList<Versioned<T>>, Task<IReadOnlyList<UpdateOutcome>>> write,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(write);
        for (var attempt = 1; attempt <= OptimisticUpdate.MaxAttempts; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var current = new List<Versioned<T>>(count);
            for (var i = 0; i < count; i++)
            {
                var (name, etag) = item(i);
                var stored = await read(i) ?? throw new NotFoundException(name);
                if (!string.IsNullOrEmpty(etag) && etag != ETags.Of(stored.Version))
                {
                    throw new AbortedException(name, "the etag is not the current one; read the resource again");
                }
                current.Add(stored);
            }
            var updated = await BatchItems.CheckAllAsync(count, i => change(i, current[i].Value));
            var outcomes = await write([.. updated.Select((value, i) => new Versioned<T>(value, current[i].Version))]);
            var failed = Enumerable.Range(0, count).Where(i => outcomes[i] != UpdateOutcome.Updated).ToList();
            if (failed.Count == 0)
            {
                return [.. updated.Select((value, i) => new Versioned<T>(value, current[i].Version + 1))];
            }
            if (failed.FirstOrDefault(i => outcomes[i] == UpdateOutcome.NotFound, -1) is var gone and >= 0)
            {
                throw new NotFoundException(item(gone).Name);
            }
            if (failed.FirstOrDefault(i => !string.IsNullOrEmpty(item(i).Etag), -1) is var conditional and >= 0)
            {
                throw new AbortedException(item(conditional).Name, "changed by another call since the etag was read; read the resource again");
            }
            await Task.Delay(Random.Shared.Next(0, attempt * 2), cancellationToken);
        }
        throw new AbortedException("the batch", $"its items were changed by other calls {OptimisticUpdate.MaxAttempts} times during this update; retry");
    }
}
