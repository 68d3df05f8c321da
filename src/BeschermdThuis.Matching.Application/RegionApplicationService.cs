using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.Application;

/// <summary>The region, its neighbourhoods with their limits, and the load per neighbourhood (aggregates only).</summary>
public sealed class RegionApplicationService(
    IRegionRepository regions, IStockRepository stock, IClientRepository clients, RegionCatalog catalog)
{
    public async Task<Region> GetRegionAsync(string regionId, CancellationToken cancellationToken) =>
        (await catalog.GetAsync(regionId, cancellationToken)).Region;

    public async Task<(Neighbourhood Neighbourhood, LoadLimits RegionDefault)> GetNeighbourhoodAsync(
        string regionId, NeighbourhoodCode code, CancellationToken cancellationToken)
    {
        var region = await catalog.GetAsync(regionId, cancellationToken);
        var neighbourhood = await regions.GetNeighbourhoodAsync(regionId, code, cancellationToken)
            ?? throw new NotFoundException(ResourceNames.Neighbourhood(regionId, code));
        return (neighbourhood, region.Region.DefaultLimits);
    }

    public async Task<(Page<Neighbourhood> Page, LoadLimits RegionDefault)> ListNeighbourhoodsAsync(
        string regionId, PageRequest page, CancellationToken cancellationToken)
    {
        var region = await catalog.GetAsync(regionId, cancellationToken);
        return (await regions.ListNeighbourhoodsAsync(regionId, page, cancellationToken), region.Region.DefaultLimits);
    }

    public async Task<(Neighbourhood Neighbourhood, LoadLimits RegionDefault)> UpdateNeighbourhoodAsync(
        Party party, string regionId, NeighbourhoodCode code, Func<Neighbourhood, Neighbourhood> change, CancellationToken cancellationToken)
    {
        AccessPolicy.EnsureCanWriteReferenceData(party);
        var (current, regionDefault) = await GetNeighbourhoodAsync(regionId, code, cancellationToken);
        var updated = change(current);
        await regions.SaveNeighbourhoodsAsync(regionId, [updated], cancellationToken);
        catalog.Invalidate(regionId);
        return (updated, regionDefault);
    }

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
