using System.Collections.Concurrent;
using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Application;

/// <summary>
/// Keeps the region and its neighbourhood locator in memory: building the STR-tree over some hundred boundaries
/// for every unit would waste time. The copy is tagged with the region's stored version number, which every write
/// to the region or its neighbourhoods raises in its own transaction; each call reads that number (one indexed row)
/// and rebuilds the copy when it changed, so servers sharing one database agree on the region.
/// </summary>
public sealed class RegionCatalog(IRegionRepository regions, MatchingOptions options)
{
    private readonly ConcurrentDictionary<string, Cached> _snapshots = new(StringComparer.Ordinal);

    /// <summary>The region as stored, or null when it is not stored or is not the region this server serves.</summary>
    public async Task<RegionSnapshot?> FindAsync(string regionId, CancellationToken cancellationToken)
    {
        if (regionId != options.RegionId)
        {
            return null;
        }
        // The version is read before the data: a write in between makes the copy newer than its tag, and the next
        // call rebuilds it once more; a copy older than its tag cannot arise.
        var version = await regions.GetRegionVersionAsync(regionId, cancellationToken);
        if (_snapshots.TryGetValue(regionId, out var cached) && cached.Version == version)
        {
            return cached.Snapshot;
        }
        var region = await regions.GetRegionAsync(regionId, cancellationToken);
        if (region is null)
        {
            return null;
        }
        var neighbourhoods = await regions.ListNeighbourhoodsAsync(regionId, cancellationToken);
        var snapshot = new RegionSnapshot(region, neighbourhoods);
        _snapshots[regionId] = new Cached(version, snapshot);
        return snapshot;
    }

    public async Task<RegionSnapshot> GetAsync(string regionId, CancellationToken cancellationToken) =>
        await FindAsync(regionId, cancellationToken) ?? throw new NotFoundException(ResourceNames.Region(regionId));

    /// <summary>The region this server serves; a missing region is a precondition (create it with the CLI's init (or demo)), not bad input.</summary>
    public async Task<RegionSnapshot> GetServedAsync(CancellationToken cancellationToken) =>
        await FindAsync(options.RegionId, cancellationToken)
        ?? throw new FailedPreconditionException($"region '{options.RegionId}' is not in the store; create it first (beschermdthuis init, or demo)");

    public string ServedRegionId => options.RegionId;

    /// <summary>Drops this process's copy now; the version check would find the change on the next call all the same.</summary>
    public void Invalidate(string regionId) => _snapshots.TryRemove(regionId, out _);

    private sealed record Cached(long Version, RegionSnapshot Snapshot);
}
