using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Application.Proposals;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.Application;

/// <summary>Corporations and their units. The access check comes first, then existence, then validation, then one write.</summary>
public sealed partial class StockApplicationService(IStockRepository stock, IProposalRepository proposals, RegionCatalog catalog)
{
    public async Task<HousingCorporation> GetCorporationAsync(string corporationId, CancellationToken cancellationToken) =>
        await stock.GetCorporationAsync(corporationId, cancellationToken) ?? throw new NotFoundException(ResourceNames.Corporation(corporationId));

    public async Task<Page<HousingCorporation>> ListCorporationsAsync(PageRequest page, CancellationToken cancellationToken)
    {
        var all = await stock.ListCorporationsAsync(cancellationToken);
        return InMemoryPaging.Slice(all, c => c.Id, page);
    }

    public async Task<Versioned<HousingUnit>> GetUnitAsync(Party party, string corporationId, string unitId, CancellationToken cancellationToken)
    {
        AccessPolicy.EnsureCanSeeUnit(party, corporationId, unitId);
        return await stock.GetVersionedUnitAsync(corporationId, unitId, cancellationToken) ?? throw new NotFoundException(UnitName(corporationId, unitId));
    }

    public async Task<Page<Versioned<HousingUnit>>> ListUnitsAsync(Party party, string corporationId, PageRequest page, CancellationToken cancellationToken)
    {
        AccessPolicy.EnsureCanAccessUnits(party, corporationId);
        await GetCorporationAsync(corporationId, cancellationToken);
        return await stock.ListUnitsAsync(corporationId, page, cancellationToken);
    }

    /// <summary>Creates a unit; <c>draft</c> is built from the request only after the access check, so a refused caller learns nothing.</summary>
    public async Task<Versioned<HousingUnit>> CreateUnitAsync(
        Party party, string corporationId, string unitId, Func<UnitDraft> draft, CancellationToken cancellationToken)
    {
        AccessPolicy.EnsureCanAccessUnits(party, corporationId);
        await GetCorporationAsync(corporationId, cancellationToken);
        var region = await catalog.GetServedAsync(cancellationToken);
        var unit = draft().Place(region.Locator, corporationId, unitId);
        await stock.CreateUnitAsync(region.Region.Id, unit, cancellationToken);
        return Versioned.First(unit);
    }

    /// <summary>
    /// Updates a unit; <c>change</c> applies the masked fields to the stored draft, then the neighbourhood is computed
    /// again. Written only over the version read (<see cref="OptimisticUpdate"/>); with an etag, only over that version.
    /// </summary>
    public async Task<Versioned<HousingUnit>> UpdateUnitAsync(
        Party party, string corporationId, string unitId, string? etag, Func<UnitDraft, UnitDraft> change, CancellationToken cancellationToken)
    {
        AccessPolicy.EnsureCanSeeUnit(party, corporationId, unitId);
        var region = await catalog.GetServedAsync(cancellationToken);
        return await OptimisticUpdate.RunAsync(
            UnitName(corporationId, unitId),
            etag,
            () => stock.GetVersionedUnitAsync(corporationId, unitId, cancellationToken),
            current => Task.FromResult(change(UnitDraft.From(current)).Place(region.Locator, corporationId, unitId)),
            (updated, version) => stock.UpdateUnitIfVersionAsync(updated, version, cancellationToken),
            cancellationToken);
    }

    public async Task DeleteUnitAsync(Party party, string corporationId, string unitId, CancellationToken cancellationToken)
    {
        AccessPolicy.EnsureCanSeeUnit(party, corporationId, unitId);
        var current = await FindUnitAsync(corporationId, unitId, cancellationToken);
        var open = await OpenProposals.FindAsync(proposals, catalog.ServedRegionId, new ProposalFilter(CorporationId: corporationId, UnitId: unitId), cancellationToken);
        if (current.Status == UnitStatus.Reserved || open is not null)
        {
            throw new FailedPreconditionException($"{UnitName(corporationId, unitId)} is reserved for a proposal{open}; end the proposal before deleting the unit");
        }
        if (!await stock.DeleteUnitAsync(corporationId, unitId, cancellationToken))
        {
            throw new NotFoundException(UnitName(corporationId, unitId));
        }
    }

    private async Task<HousingUnit> FindUnitAsync(string corporationId, string unitId, CancellationToken cancellationToken) =>
        await stock.GetUnitAsync(corporationId, unitId, cancellationToken) ?? throw new NotFoundException(UnitName(corporationId, unitId));

    private static string UnitName(string corporationId, string unitId) => ResourceNames.Unit(corporationId, unitId);
}
