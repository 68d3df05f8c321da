using BeschermdThuis.Matching.Domain.Agreements;

namespace BeschermdThuis.Matching.Domain.Repositories;

public interface IAgreementRepository
{
    Task<PerformanceAgreement?> GetAgreementAsync(string regionId, string agreementId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PerformanceAgreement>> ListAgreementsAsync(string regionId, CancellationToken cancellationToken = default);

    Task<Page<PerformanceAgreement>> ListAgreementsAsync(string regionId, PageRequest page, CancellationToken cancellationToken = default);

    /// <exception cref="AlreadyExistsException">The region already has an agreement with this id.</exception>
    Task CreateAgreementAsync(string regionId, PerformanceAgreement agreement, CancellationToken cancellationToken = default);

    Task<bool> UpdateAgreementAsync(string regionId, PerformanceAgreement agreement, CancellationToken cancellationToken = default);

    Task<bool> DeleteAgreementAsync(string regionId, string agreementId, CancellationToken cancellationToken = default);
}
