using BeschermdThuis.Matching.Application.Batches;
using BeschermdThuis.Matching.Application.Proposals;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.Application;

/// <summary>
/// The batch calls on units (AIP-233/234/235): every item is checked as its single call checks it, every wrong item is
/// reported by its index (<see cref="BatchValidationException"/>), and the batch is stored in one transaction or not at all.
/// The caller limits a call to <see cref="BatchItems.MaxItems"/>; a file import is checked in chunks of that size.
/// </summary>
public sealed partial class StockApplicationService
{
    /// <summary>
    /// Creates every unit or none. <paramref name="items"/> build the units only after the access check; their
    /// violations name fields of the item, and the violations of placing a unit are put under <c>fields.Resource</c>.
    /// </summary>
    /// <exception cref="AlreadyExistsException">A unit id is taken; nothing is stored.</exception>
    public async Task<IReadOnlyList<Versioned<HousingUnit>>> BatchCreateUnitsAsync(
        Party party, string corporationId, IReadOnlyList<Func<UnitToCreate>> items, BatchFields fields, bool validateOnly,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        AccessPolicy.EnsureCanAccessUnits(party, corporationId);
        await GetCorporationAsync(corporationId, cancellationToken);
        var region = await catalog.GetServedAsync(cancellationToken);
        var units = new List<HousingUnit?>(items.Count);
        var violations = new List<BatchViolation>();
        // Chunks of the batch size, so that a file of any length is checked exactly as batches of calls would be.
        foreach (var chunk in items.Chunk(BatchItems.MaxItems))
        {
            var offset = units.Count;
            var (placed, wrong) = await BatchItems.TryAllAsync(chunk.Length, i =>
            {
                var item = chunk[i]();
                return Task.FromResult<HousingUnit?>(fields.InResource(() => item.Draft.Place(region.Locator, corporationId, item.UnitId)));
            });
            units.AddRange(placed);
            violations.AddRange(wrong.Select(v => v with { Index = v.Index + offset }));
        }
        violations.AddRange(BatchItems.Duplicates(
            units.Select((u, i) => (i, u?.Id)).Where(k => k.Id is not null).Select(k => (k.i, k.Id!)), fields.Key, id => UnitName(corporationId, id)));
        BatchItems.ThrowIfAny(violations);
        if (!validateOnly)
        {
            await stock.CreateUnitsAsync(region.Region.Id, [.. units.Select(u => u!)], cancellationToken);
        }
        return [.. units.Select(u => Versioned.First(u!))];
    }

    /// <summary>Updates every unit or none, each over the version read (and, with an etag, only over that version).</summary>
    public async Task<IReadOnlyList<Versioned<HousingUnit>>> BatchUpdateUnitsAsync(
        Party party, string corporationId, IReadOnlyList<Func<UnitChange>> items, BatchFields fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        AccessPolicy.EnsureCanAccessUnits(party, corporationId);
        var changes = BatchItems.CheckAll(items.Count, i => items[i]());
        BatchItems.EnsureDistinct([.. changes.Select(c => c.UnitId)], fields.Key, id => UnitName(corporationId, id));
        var region = await catalog.GetServedAsync(cancellationToken);
        return await BatchUpdate.RunAsync(
            changes.Count,
            i => (UnitName(corporationId, changes[i].UnitId), changes[i].Etag),
            i => stock.GetVersionedUnitAsync(corporationId, changes[i].UnitId, cancellationToken),
            (i, current) => Task.FromResult(fields.InResource(
                () => changes[i].Apply(UnitDraft.From(current)).Place(region.Locator, corporationId, changes[i].UnitId))),
            updated => stock.UpdateUnitsIfVersionAsync(updated, cancellationToken),
            cancellationToken);
    }

    /// <summary>Deletes every unit or none; refused (every such unit named) while a unit is reserved or has an open proposal.</summary>
    public async Task BatchDeleteUnitsAsync(
        Party party, string corporationId, IReadOnlyList<string> unitIds, BatchFields fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unitIds);
        ArgumentNullException.ThrowIfNull(fields);
        AccessPolicy.EnsureCanAccessUnits(party, corporationId);
        BatchItems.EnsureDistinct(unitIds, fields.Key, id => UnitName(corporationId, id));
        var open = (await OpenProposals.ListAsync(proposals, catalog.ServedRegionId, new ProposalFilter(CorporationId: corporationId), cancellationToken))
            .GroupBy(p => p.UnitId).ToDictionary(g => g.Key, g => OpenProposals.Describe(g.First()));
        var refused = new List<BatchViolation>();
        for (var i = 0; i < unitIds.Count; i++)
        {
            var current = await FindUnitAsync(corporationId, unitIds[i], cancellationToken);
            var proposal = open.GetValueOrDefault(unitIds[i]);
            if (current.Status == UnitStatus.Reserved || proposal is not null)
            {
                refused.Add(new BatchViolation(i, new FieldViolation(fields.Key,
                    $"{UnitName(corporationId, unitIds[i])} is reserved for a proposal{proposal}; end the proposal before deleting the unit")));
            }
        }
        if (refused.Count > 0)
        {
            throw new BatchPreconditionException(refused);
        }
        var missing = await stock.DeleteUnitsAsync(corporationId, unitIds, cancellationToken);
        if (missing.Count > 0)
        {
            throw new NotFoundException(UnitName(corporationId, missing[0]));
        }
    }
}
