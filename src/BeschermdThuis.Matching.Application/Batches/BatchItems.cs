using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Application.Batches;

/// <summary>
/// How a batch call (AIP-233/234/235) treats its items: at most <see cref="MaxItems"/>, each checked on its own so that
/// every wrong item is reported, and the batch stored only when none is wrong.
/// </summary>
public static class BatchItems
{
    /// <summary>The most items one batch call takes; documented in the proto and the README.</summary>
    public const int MaxItems = 1000;

    /// <summary>Refuses an empty batch and one over <see cref="MaxItems"/>, on <paramref name="field"/> (e.g. "requests").</summary>
    public static void EnsureSize(int count, string field)
    {
        new Validator()
            .Require(count > 0, field, "must hold at least one item")
            .Require(count <= MaxItems, field, $"holds {count} items; a batch holds at most {MaxItems:N0} (split it into several batches)")
            .ThrowIfInvalid();
    }

    /// <summary>Runs <paramref name="check"/> on every item and throws the violations of all of them together.</summary>
    public static async Task<IReadOnlyList<T>> CheckAllAsync<T>(int count, Func<int, Task<T>> check)
    {
        var (results, violations) = await TryAllAsync(count, check);
        ThrowIfAny([.. violations]);
        return results;
    }

    /// <summary>The same as <see cref="CheckAllAsync{T}"/> for checks that do not read storage.</summary>
    public static IReadOnlyList<T> CheckAll<T>(int count, Func<int, T> check) =>
        CheckAllAsync(count, i => Task.FromResult(check(i))).GetAwaiter().GetResult();

    /// <summary>
    /// Runs <paramref name="check"/> on every item: the results (the default value for an item that failed) and the
    /// violations of every failed item, by index, so that a caller can add what it checks over the items that passed.
    /// </summary>
    public static async Task<(IReadOnlyList<T> Results, IReadOnlyList<BatchViolation> Violations)> TryAllAsync<T>(int count, Func<int, Task<T>> check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var results = new List<T>(count);
        var violations = new List<BatchViolation>();
        for (var i = 0; i < count; i++)
        {
            try
            {
                results.Add(await check(i));
            }
            catch (DomainValidationException e)
            {
                violations.AddRange(e.Violations.Select(v => new BatchViolation(i, v)));
                results.Add(default!);
            }
        }
        return (results, violations);
    }

    /// <summary>An item whose key an earlier item already has is a violation on <paramref name="field"/>.</summary>
    public static void EnsureDistinct<TKey>(IReadOnlyList<TKey> keys, string field, Func<TKey, string> name)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(keys);
        ThrowIfAny([.. Duplicates(keys.Select((k, i) => (i, k)), field, name)]);
    }

    /// <summary>The items (index and key) whose key an earlier item already has, as violations on <paramref name="field"/>.</summary>
    public static IEnumerable<BatchViolation> Duplicates<TKey>(IEnumerable<(int Index, TKey Key)> keys, string field, Func<TKey, string> name)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(name);
        var first = new Dictionary<TKey, int>();
        foreach (var (index, key) in keys)
        {
            if (!first.TryAdd(key, index))
            {
                yield return new BatchViolation(index, new FieldViolation(field, $"{name(key)} is also item {first[key]} of this batch; name each at most once"));
            }
        }
    }

    /// <summary>Throws the violations, if any, as one <see cref="BatchValidationException"/> ordered by item.</summary>
    public static void ThrowIfAny(IReadOnlyList<BatchViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        if (violations.Count > 0)
        {
            throw new BatchValidationException([.. violations.OrderBy(v => v.Index)]);
        }
    }
}
