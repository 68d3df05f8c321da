using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.Domain.Repositories;

/// <summary>
/// Housing corporations and their units. A unit is addressed by its corporation and id, and its id is unique in its
/// region (over every corporation), because matching keys units by id.
/// </summary>
public interface IStockRepository
{
    Task<HousingCorporation?> GetCorporationAsync(string corporationId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<HousingCorporation>> ListCorporationsAsync(CancellationToken cancellationToken = default);

    /// <summary>Inserts the corporation or renames it.</summary>
    Task SaveCorporationAsync(HousingCorporation corporation, CancellationToken cancellationToken = default);

    Task<HousingUnit?> GetUnitAsync(string corporationId, string unitId, CancellationToken cancellationToken = default);

    Task<Versioned<HousingUnit>?> GetVersionedUnitAsync(string corporationId, string unitId, CancellationToken cancellationToken = default);

    Task<Page<Versioned<HousingUnit>>> ListUnitsAsync(string corporationId, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Every unit of the region with the given status, ordered by corporation and id (input for matching).</summary>
    Task<IReadOnlyList<HousingUnit>> ListUnitsInRegionAsync(string regionId, UnitStatus status, CancellationToken cancellationToken = default);

    /// <exception cref="AlreadyExistsException">
    /// The corporation already has a unit with this id, or another corporation has one in the same region.
    /// </exception>
    Task CreateUnitAsync(string regionId, HousingUnit unit, CancellationToken cancellationToken = default);

    /// <summary>Replaces a stored unit; false when there is none.</summary>
    Task<bool> UpdateUnitAsync(HousingUnit unit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the stored unit only while its version is still <paramref name="expectedVersion"/> (as read with
    /// <see cref="GetVersionedUnitAsync"/>), raising the version by one; otherwise writes nothing and says whether it is gone or stale.
    /// </summary>
    Task<UpdateOutcome> UpdateUnitIfVersionAsync(HousingUnit unit, long expectedVersion, CancellationToken cancellationToken = default);

    Task<bool> DeleteUnitAsync(string corporationId, string unitId, CancellationToken cancellationToken = default);

    /// <summary>Inserts every unit in one transaction (a bulk insert): all of them or, when any fails, none.</summary>
    /// <exception cref="AlreadyExistsException">A unit's id is taken in the region; nothing is stored.</exception>
    Task CreateUnitsAsync(string regionId, IReadOnlyList<HousingUnit> units, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces every unit whose stored version is still the one given with it (as read with
    /// <see cref="GetVersionedUnitAsync"/>), in one transaction; when any is gone or stale, writes nothing. The outcome of each.
    /// </summary>
    Task<IReadOnlyList<UpdateOutcome>> UpdateUnitsIfVersionAsync(IReadOnlyList<Versioned<HousingUnit>> units, CancellationToken cancellationToken = default);

    /// <summary>Deletes every unit named in one transaction; when any does not exist, deletes none and returns those ids.</summary>
    Task<IReadOnlyList<string>> DeleteUnitsAsync(string corporationId, IReadOnlyList<string> unitIds, CancellationToken cancellationToken = default);
}
