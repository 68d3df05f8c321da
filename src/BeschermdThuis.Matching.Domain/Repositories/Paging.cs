namespace BeschermdThuis.Matching.Domain.Repositories;

/// <summary>
/// Asks for one page of a list ordered by key. <see cref="After"/> is the last key of the previous page
/// (keyset paging: stable while rows are added, no OFFSET scans). The API wraps it in an opaque page token.
/// </summary>
public sealed record PageRequest(int Size, string? After)
{
    public static PageRequest First(int size) => new(size, null);
}

/// <summary>One page; <see cref="NextAfter"/> is null on the last page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextAfter);

public static class Pages
{
    /// <summary>Every item of a paged list, page after page of <paramref name="size"/>, in the list's order.</summary>
    public static async Task<IReadOnlyList<T>> ReadAllAsync<T>(int size, Func<PageRequest, Task<Page<T>>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var all = new List<T>();
        string? after = null;
        do
        {
            var page = await read(new PageRequest(size, after));
            all.AddRange(page.Items);
            after = page.NextAfter;
        }
        while (after is not null);
        return all;
    }
}

/// <summary>Thrown by a repository when a create would duplicate an existing key.</summary>
public sealed class AlreadyExistsException(string resource) : Exception($"{resource} already exists")
{
    public string Resource { get; } = resource;
}
