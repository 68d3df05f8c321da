using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.Application;

/// <summary>The region, its neighbourhoods with their limits, and the load per neighbourhood (aggregates only).</summary>
public sealed class RegionApplicationService(
    IRegionRepository regions, IStockRepository stock, IClientRepository clients, RegionCatalog catalog, TimeProvider time)
{
    public async Task<Region> GetRegionAsync(string regionId, CancellationToken cancellationToken) =>
        (await catalog.GetAsync(regionId, cancellationToken)).Region;

    public async Task<(Versioned<Neighbourhood> Neighbourhood, LoadLimits RegionDefault)> GetNeighbourhoodAsync(
        string regionId, NeighbourhoodCode code, CancellationToken cancellationToken)
    {
        var region = await catalog.GetAsync(regionId, cancellationToken);
        var neighbourhood = await regions.GetVersionedNeighbourhoodAsync(regionId, code, cancellationToken)
            ?? throw new NotFoundException(ResourceNames.Neighbourhood(regionId, code));
        return (neighbourhood, region.Region.DefaultLimits);
    }

    public async Task<(Page<Versioned<Neighbourhood>> Page, LoadLimits RegionDefault)> ListNeighbourhoodsAsync(
        string regionId, PageRequest page, CancellationToken cancellationToken)
    {
        var region = await catalog.GetAsync(regionId, cancellationToken);
        return (await regions.ListNeighbourhoodsAsync(regionId, page, cancellationToken), region.Region.DefaultLimits);
    }

    /// <summary>
    /// Applies <c>change</c> (the masked fields) and writes only over the version read (<see cref="OptimisticUpdate"/>),
    /// with an audit line (<see cref="SettingsAudit"/>) in the same transaction.
    /// </summary>
    public async Task<(Versioned<Neighbourhood> Neighbourhood, LoadLimits RegionDefault)> UpdateNeighbourhoodAsync(
        Party party, string regionId, NeighbourhoodCode code, string? etag, Func<Neighbourhood, Neighbourhood> change,
        CancellationToken cancellationToken)
    {
        AccessPolicy.EnsureCanWriteReferenceData(party);
        var region = await catalog.GetAsync(regionId, cancellationToken);
        Neighbourhood? before = null;
        var updated = await OptimisticUpdate.RunAsync(
            ResourceNames.Neighbourhood(regionId, code),
            etag,
            () => regions.GetVersionedNeighbourhoodAsync(regionId, code, cancellationToken),
            current =>
            {
                before = current;
                return Task.FromResult(change(current));
            },
            (changed, version) => regions.UpdateNeighbourhoodIfVersionAsync(regionId, changed, version,
                SettingsAudit.Neighbourhood(party, regionId, time.GetUtcNow(), before!, changed), cancellationToken),
            cancellationToken);
        catalog.Invalidate(regionId);
        return (updated, region.Region.DefaultLimits);
    }

    /// <summary>The region's settings (its default limits) with their version, for the parties of the region.</summary>
    public async Task<Versioned<LoadLimits>> GetSettingsAsync(Party party, string regionId, CancellationToken cancellationToken)
    {
        var region = await catalog.GetAsync(regionId, cancellationToken);
        AccessPolicy.EnsureIsPartyOfRegion(party, region.Region);
        return await ReadSettingsAsync(regionId, cancellationToken) ?? throw new NotFoundException(ResourceNames.RegionSettings(regionId));
    }

    /// <summary>
    /// Changes the region's default limits (administrator) over the version read, with an audit line in the same
    /// transaction; the next match uses them (the catalog's copy is replaced).
    /// </summary>
    public async Task<Versioned<LoadLimits>> UpdateSettingsAsync(
        Party party, string regionId, string? etag, Func<LoadLimits, LoadLimits> change, CancellationToken cancellationToken)
    {
        AccessPolicy.EnsureCanWriteReferenceData(party);
        await catalog.GetAsync(regionId, cancellationToken);
        LoadLimits? before = null;
        var updated = await OptimisticUpdate.RunAsync(
            ResourceNames.RegionSettings(regionId),
            etag,
            () => ReadSettingsAsync(regionId, cancellationToken),
            current =>
            {
                before = current;
                return Task.FromResult(change(current));
            },
            (limits, version) => regions.UpdateDefaultLimitsIfVersionAsync(regionId, limits, version,
                SettingsAudit.DefaultLimits(party, regionId, time.GetUtcNow(), before!, limits), cancellationToken),
            cancellationToken);
        catalog.Invalidate(regionId);
        return updated;
    }

    private async Task<Versioned<LoadLimits>?> ReadSettingsAsync(string regionId, CancellationToken cancellationToken) =>
        await regions.GetVersionedRegionAsync(regionId, cancellationToken) is { } region
            ? new Versioned<LoadLimits>(region.Value.DefaultLimits, region.Version)
            : null;

    public async Task<RegionLoad> GetRegionLoadAsync(Party party, string regionId, CancellationToken cancellationToken)
    {
        AccessPolicy.EnsureCanReadAggregates(party, regionId);
        var region = await catalog.GetAsync(regionId, cancellationToken);
        var available = await stock.ListUnitsInRegionAsync(regionId, UnitStatus.Available, cancellationToken);
        var waiting = await clients.ListClientsInRegionAsync(regionId, ClientStatus.Waiting, cancellationToken);
        var unitsPer = available.CountBy(u => u.Neighbourhood).ToDictionary(p => p.Key, p => p.Value);
        var rows = region.Neighbourhoods
            .Select(n =>
            {
                var limits = n.EffectiveLimits(region.Region.DefaultLimits);
                return new NeighbourhoodLoad(
                    n.Code,
                    n.Inhabitants,
                    n.ExistingProtectedHomes,
                    limits.CeilingFor(n.Inhabitants),
                    limits.NewPlacementsPerPeriod,
                    unitsPer.GetValueOrDefault(n.Code),
                    waiting.Count(c => c.Wishes.AreaRankOf(n.Code) is not null));
            })
            .ToList();
        return new RegionLoad(regionId, rows, available.Count, waiting.Count);
    }
}
