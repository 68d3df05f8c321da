using BeschermdThuis.Matching.Solver.Eligibility.Rules;

namespace BeschermdThuis.Matching.Solver.Eligibility;

/// <summary>
/// The units that pass a rule, as bit sets over unit indices, so <see cref="EligibilityIndex.FindEligiblePairs"/>
/// answers a whole client row with a few hundred word-wide ANDs instead of one rule check per pair. A rule whose
/// check reads one value of the client (rent limit, rooms, accepted types, peer limit, readiness, team) builds its set
/// on first use of that value and shares it with every client that has the same value. Not thread-safe: one instance per call.
/// </summary>
internal sealed class UnitSets
{
    private readonly Dictionary<RuleId, object> _shared = [];

    public UnitSets(EligibilityFacts facts)
    {
        Facts = facts;
        Count = facts.UnitCount;
        Words = (Count + 63) >> 6;
    }

    public EligibilityFacts Facts { get; }

    public int Count { get; }

    public int Words { get; }

    /// <summary>Sets every unit in the row (and no bit past the last unit).</summary>
    public void Fill(ulong[] row)
    {
        Array.Fill(row, ~0UL);
        if ((Count & 63) != 0)
        {
            row[^1] = (1UL << (Count & 63)) - 1;
        }
    }

    /// <summary>
    /// Keeps the units that pass <typeparamref name="TRule"/> for the client, from the set shared by all clients with the
    /// same <paramref name="key"/>: the key must hold everything about the client that the rule's check reads.
    /// </summary>
    public void KeepPassing<TRule, TKey>(ulong[] row, int client, TKey key)
        where TRule : struct, IEligibilityRule
        where TKey : notnull
    {
        var cache = Cache<TKey>(TRule.Id);
        if (!cache.TryGetValue(key, out var set))
        {
            set = new ulong[Words];
            AddPassing<TRule>(set, client);
            cache.Add(key, set);
        }
        Keep(row, set);
    }

    /// <summary>Keeps the units that pass <typeparamref name="TRule"/> for this client alone, checking every unit.</summary>
    public void KeepPassing<TRule>(ulong[] row, int client)
        where TRule : struct, IEligibilityRule
    {
        var set = new ulong[Words];
        AddPassing<TRule>(set, client);
        Keep(row, set);
    }

    /// <summary>The set of units that pass <paramref name="test"/>, built once per rule and key.</summary>
    public ulong[] Shared<TKey>(RuleId rule, TKey key, Func<int, bool> test)
        where TKey : notnull
    {
        var cache = Cache<TKey>(rule);
        if (!cache.TryGetValue(key, out var set))
        {
            set = new ulong[Words];
            for (var u = 0; u < Count; u++)
            {
                if (test(u))
                {
                    Bits.Set(set, u);
                }
            }
            cache.Add(key, set);
        }
        return set;
    }

    public static void Keep(ulong[] row, ulong[] set)
    {
        for (var w = 0; w < row.Length; w++)
        {
            row[w] &= set[w];
        }
    }

    public static void Remove(ulong[] row, ulong[] set)
    {
        for (var w = 0; w < row.Length; w++)
        {
            row[w] &= ~set[w];
        }
    }

    private void AddPassing<TRule>(ulong[] set, int client)
        where TRule : struct, IEligibilityRule
    {
        for (var u = 0; u < Count; u++)
        {
            if (TRule.Passes(Facts, client, u))
            {
                Bits.Set(set, u);
            }
        }
    }

    private Dictionary<TKey, ulong[]> Cache<TKey>(RuleId rule)
        where TKey : notnull
    {
        if (!_shared.TryGetValue(rule, out var cache))
        {
            cache = new Dictionary<TKey, ulong[]>();
            _shared.Add(rule, cache);
        }
        return (Dictionary<TKey, ulong[]>)cache;
    }
}
