namespace BeschermdThuis.Matching.Solver.Eligibility;

/// <summary>
/// The units that pass each rule, as bit sets over unit indices, so <see cref="EligibilityIndex.FindEligiblePairs"/>
/// answers a whole client row with a few hundred word-wide ANDs instead of one rule check per pair. Sets that depend on
/// a client's value (rent limit, rooms, accepted types, peer limit, readiness window, anchor, team) are built on first
/// use and shared by every client with the same value. Not thread-safe: one instance per call.
/// </summary>
internal sealed class UnitSets
{
    private readonly UnitFacts _units;
    private readonly NeighbourhoodFacts _neighbourhoods;
    private readonly int _count;
    private readonly int _words;
    private readonly int[] _byMoveDay;
    private readonly int[] _moveDays;
    private readonly Dictionary<long, ulong[]> _rent = [];
    private readonly Dictionary<int, ulong[]> _rooms = [];
    private readonly Dictionary<int, ulong[]> _types = [];
    private readonly Dictionary<int, ulong[]> _peers = [];
    private readonly Dictionary<(int, int), ulong[]> _window = [];
    private readonly Dictionary<(double, double, double), ulong[]> _anchors = [];
    private readonly Dictionary<int, ulong[]> _caseload = [];

    public UnitSets(UnitFacts units, NeighbourhoodFacts neighbourhoods, int today, int periodEnd)
    {
        _units = units;
        _neighbourhoods = neighbourhoods;
        _count = units.X.Length;
        _words = (_count + 63) >> 6;
        Base = Where(u => neighbourhoods.Open[units.Neighbourhood[u]] && units.CoveredByAnyTeam[u] && units.Available[u] <= periodEnd);
        StepFree = Where(u => units.StepFree[u]);
        GroundFloor = Where(u => units.GroundFloor[u]);
        _moveDays = [.. Enumerable.Range(0, _count).Select(u => Math.Max(units.Available[u], today))];
        _byMoveDay = [.. Enumerable.Range(0, _count).OrderBy(u => _moveDays[u])];
        Array.Sort(_moveDays);
    }

    public int Words => _words;

    /// <summary>Open neighbourhood, covered by a care team, available before the period ends.</summary>
    public ulong[] Base { get; }

    public ulong[] StepFree { get; }

    public ulong[] GroundFloor { get; }

    public ulong[] RentAtMost(long max) => Cached(_rent, max, () => Where(u => _units.Rent[u] <= max));

    public ulong[] RoomsAtLeast(int rooms) => Cached(_rooms, rooms, () => Where(u => _units.Rooms[u] >= rooms));

    public ulong[] TypeIn(int mask) => Cached(_types, mask, () => Where(u => (mask & (1 << _units.DwellingType[u])) != 0));

    public ulong[] PeersWithin(int maxPeers) => Cached(_peers, maxPeers, () => Where(u => _neighbourhoods.Existing[_units.Neighbourhood[u]] + 1 <= maxPeers));

    public ulong[] WithinAnchor(double x, double y, double max) => Cached(_anchors, (x, y, max), () => Where(u =>
    {
        var dx = x - _units.X[u];
        var dy = y - _units.Y[u];
        return dx * dx + dy * dy <= max * max;
    }));

    /// <summary>Covered with free caseload, or (team ≥ 0) covered by the client's own team.</summary>
    public ulong[] Caseload(int team) => Cached(_caseload, team, () => Where(u => _units.CoveredWithRoom[u] || (team >= 0 && Bits.Test(_units.Teams[u], team))));

    /// <summary>Units whose move day (the later of availability and today) lies in [first, last].</summary>
    public ulong[] MoveDayBetween(int first, int last) => Cached(_window, (first, last), () =>
    {
        var set = new ulong[_words];
        var i = LowerBound(first);
        for (; i < _moveDays.Length && _moveDays[i] <= last; i++)
        {
            Bits.Set(set, _byMoveDay[i]);
        }
        return set;
    });

    private int LowerBound(int day)
    {
        int lo = 0, hi = _moveDays.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_moveDays[mid] < day)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    private ulong[] Where(Func<int, bool> test)
    {
        var set = new ulong[_words];
        for (var u = 0; u < _count; u++)
        {
            if (test(u))
            {
                Bits.Set(set, u);
            }
        }
        return set;
    }

    private static ulong[] Cached<TKey>(Dictionary<TKey, ulong[]> cache, TKey key, Func<ulong[]> build)
        where TKey : notnull
    {
        if (!cache.TryGetValue(key, out var set))
        {
            set = build();
            cache.Add(key, set);
        }
        return set;
    }
}
