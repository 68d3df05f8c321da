using BeschermdThuis.Matching.Domain.Audit;
using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Domain.Repositories;

/// <summary>Regions with their municipalities and districts, and the neighbourhoods with their geometry and limits.</summary>
public interface IRegionRepository
{
    Task<Region?> GetRegionAsync(string regionId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Region>> ListRegionsAsync(CancellationToken cancellationToken = default);

    /// <summary>Inserts the region or replaces its name, municipalities, districts and default limits.</summary>
    Task SaveRegionAsync(Region region, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a region that is not stored yet together with its neighbourhoods, in one transaction; false, writing
    /// nothing, when the region is already stored (also when another process stored it a moment before).
    /// </summary>
    Task<bool> InitialiseRegionAsync(Region region, IReadOnlyList<Neighbourhood> neighbourhoods, CancellationToken cancellationToken = default);

    /// <summary>The region with the version of its settings (its default limits), raised by every change of them.</summary>
    Task<Versioned<Region>?> GetVersionedRegionAsync(string regionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the region's default limits only while its settings version is still <paramref name="expectedVersion"/>,
    /// appending <paramref name="audit"/> in the same transaction; otherwise writes nothing and says whether it is gone or stale.
    /// </summary>
    Task<UpdateOutcome> UpdateDefaultLimitsIfVersionAsync(
        string regionId, LoadLimits defaultLimits, long expectedVersion, AuditEntry audit, CancellationToken cancellationToken = default);

    Task<Neighbourhood?> GetNeighbourhoodAsync(string regionId, NeighbourhoodCode code, CancellationToken cancellationToken = default);

    Task<Versioned<Neighbourhood>?> GetVersionedNeighbourhoodAsync(string regionId, NeighbourhoodCode code, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the stored neighbourhood only while its version is still <paramref name="expectedVersion"/> (as read with
    /// <see cref="GetVersionedNeighbourhoodAsync"/>), raising the version by one; otherwise writes nothing and says whether it is gone or stale.
    /// </summary>
    Task<UpdateOutcome> UpdateNeighbourhoodIfVersionAsync(
        string regionId, Neighbourhood neighbourhood, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>As <see cref="UpdateNeighbourhoodIfVersionAsync(string, Neighbourhood, long, CancellationToken)"/>, appending <paramref name="audit"/> with the change.</summary>
    Task<UpdateOutcome> UpdateNeighbourhoodIfVersionAsync(
        string regionId, Neighbourhood neighbourhood, long expectedVersion, AuditEntry audit, CancellationToken cancellationToken = default);

    /// <summary>Every neighbourhood of the region, ordered by code (for the locator and the solver).</summary>
    Task<IReadOnlyList<Neighbourhood>> ListNeighbourhoodsAsync(string regionId, CancellationToken cancellationToken = default);

    Task<Page<Versioned<Neighbourhood>>> ListNeighbourhoodsAsync(string regionId, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces the given neighbourhoods of the region.</summary>
    Task SaveNeighbourhoodsAsync(string regionId, IEnumerable<Neighbourhood> neighbourhoods, CancellationToken cancellationToken = default);

    /// <summary>
    /// A number that every write to the region or its neighbourhoods raises, in the same transaction (0 before the
    /// first): a copy kept in memory is current exactly when it was read at the version still stored.
    /// </summary>
    Task<long> GetRegionVersionAsync(string regionId, CancellationToken cancellationToken = default);
}
