using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Application;

/// <summary>Keyset paging over a short list held in memory (corporations, filtered agreements), same contract as the repositories.</summary>
public static class InMemoryPaging
{
    public static Page<T> Slice<T>(IEnumerable<T> items, Func<T, string> key, PageRequest page)
    {
        var ordered = items
            .Where(item => page.After is null || string.CompareOrdinal(key(item), page.After) > 0)
            .OrderBy(key, StringComparer.Ordinal)
            .Take(page.Size + 1)
            .ToList();
        return ordered.Count > page.Size
            ? new Page<T>(ordered[..page.Size], key(ordered[page.Size - 1]))
            : new Page<T>(ordered, null);
    }
}
