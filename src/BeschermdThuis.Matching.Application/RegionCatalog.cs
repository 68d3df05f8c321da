using System.Collections.Concurrent;
using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Application;

/// <summary>
/// Keeps the region and its neighbourhood locator in memory: building the STR-tree over some hundred boundaries
/// for every unit would waste time. Changes to neighbourhoods through this service invalidate the copy.
/// </summary>
public sealed class RegionCatalog(IRegionRepository regions, MatchingOptions options)
{
    private readonly ConcurrentDictionary<string, RegionSnapshot> _snapshots = new(StringComparer.Ordinal);

    /// <summary>The region as stored, or null when it is not stored or is not the region this server serves.</summary>
    public async Task<RegionSnapshot?> FindAsync(string regionId, CancellationToken cancellationToken)
    {
        if (regionId != options.RegionId)
        {
            return null;
        }
        if (_snapshots.TryGetValue(regionId, out var cached))
        {
            return cached;
        }
        var region = await regions.GetRegionAsync(regionId, cancellationToken);
        if (region is null)
        {
            return null;
        }
        var neighbourhoods = await regions.ListNeighbourhoodsAsync(regionId, cancellationToken);
        var snapshot = new RegionSnapshot(region, neighbourhoods);
        return _snapshots.GetOrAdd(regionId, snapshot);
    }

    public async Task<RegionSnapshot> GetAsync(string regionId, CancellationToken cancellationToken) =>
        await FindAsync(regionId, cancellationToken) ?? throw new NotFoundException(ResourceNames.Region(regionId));

    /// <summary>The region this server serves; a missing region is a precondition (load it with the CLI's demo), not bad input.</summary>
    public async Task<RegionSnapshot> GetServedAsync(CancellationToken cancellationToken) =>
        await FindAsync(options.RegionId, cancellationToken)
        ?? throw new FailedPreconditionException($"region '{options.RegionId}' is not in the store; load it first (beschermdthuis demo)");

    public string ServedRegionId => options.RegionId;

    public void Invalidate(string regionId) => _snapshots.TryRemove(regionId, out _);
}
