using BeschermdThuis.Matching.Domain.Agreements;

namespace BeschermdThuis.Matching.Domain.Repositories;

public interface IAgreementRepository
{
    Task<PerformanceAgreement?> GetAgreementAsync(string regionId, string agreementId, CancellationToken cancellationToken = default);

    Task<Versioned<PerformanceAgreement>?> GetVersionedAgreementAsync(string regionId, string agreementId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PerformanceAgreement>> ListAgreementsAsync(string regionId, CancellationToken cancellationToken = default);

    /// <summary>The region's agreements with their versions, ordered by id.</summary>
    Task<IReadOnlyList<Versioned<PerformanceAgreement>>> ListVersionedAgreementsAsync(string regionId, CancellationToken cancellationToken = default);

    Task<Page<PerformanceAgreement>> ListAgreementsAsync(string regionId, PageRequest page, CancellationToken cancellationToken = default);

    /// <exception cref="AlreadyExistsException">The region already has an agreement with this id.</exception>
    Task CreateAgreementAsync(string regionId, PerformanceAgreement agreement, CancellationToken cancellationToken = default);

    Task<bool> UpdateAgreementAsync(string regionId, PerformanceAgreement agreement, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the stored agreement only while its version is still <paramref name="expectedVersion"/> (as read with
    /// <see cref="GetVersionedAgreementAsync"/>), raising the version by one; otherwise writes nothing and says whether it is gone or stale.
    /// </summary>
    Task<UpdateOutcome> UpdateAgreementIfVersionAsync(
        string regionId, PerformanceAgreement agreement, long expectedVersion, CancellationToken cancellationToken = default);

    Task<bool> DeleteAgreementAsync(string regionId, string agreementId, CancellationToken cancellationToken = default);
}
