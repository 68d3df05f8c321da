using BeschermdThuis.Matching.Domain.Audit;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.Domain.Repositories;

/// <summary>
/// The housing corporations of a region, as resources the administrator keeps (with the municipalities where each has
/// stock). A corporation id is unique over all regions, as the units' names (<c>corporations/{id}/units/{id}</c>) need.
/// Every write appends its audit entry in the same transaction.
/// </summary>
public interface ICorporationRepository
{
    Task<Versioned<HousingCorporation>?> GetCorporationAsync(string regionId, string corporationId, CancellationToken cancellationToken = default);

    /// <summary>The region's corporations with their versions, ordered by id.</summary>
    Task<Page<Versioned<HousingCorporation>>> ListCorporationsAsync(string regionId, PageRequest page, CancellationToken cancellationToken = default);

    /// <exception cref="AlreadyExistsException">A corporation with this id exists (in this or another region).</exception>
    Task CreateCorporationAsync(string regionId, HousingCorporation corporation, AuditEntry audit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the stored corporation of the region only while its version is still <paramref name="expectedVersion"/>,
    /// raising the version by one and appending <paramref name="audit"/>; otherwise writes nothing and says whether it is gone or stale.
    /// </summary>
    Task<UpdateOutcome> UpdateCorporationIfVersionAsync(
        string regionId, HousingCorporation corporation, long expectedVersion, AuditEntry audit, CancellationToken cancellationToken = default);

    /// <summary>Inserts the corporation into the region or replaces its name and municipalities (the demo seeder; no audit).</summary>
    Task SaveCorporationAsync(string regionId, HousingCorporation corporation, CancellationToken cancellationToken = default);
}
