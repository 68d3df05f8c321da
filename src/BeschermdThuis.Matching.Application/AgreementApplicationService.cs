using BeschermdThuis.Matching.Domain.Agreements;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Application;

/// <summary>Performance agreements (prestatieafspraken): written by the board or an administrator, read by the parties they bind.</summary>
public sealed class AgreementApplicationService(IAgreementRepository agreements, IStockRepository stock, RegionCatalog catalog)
{
    public async Task<Versioned<PerformanceAgreement>> GetAgreementAsync(
        Party party, string regionId, string agreementId, CancellationToken cancellationToken)
    {
        await catalog.GetAsync(regionId, cancellationToken);
        var agreement = await agreements.GetVersionedAgreementAsync(regionId, agreementId, cancellationToken) ?? throw NotFound(regionId, agreementId);
        AccessPolicy.EnsureCanReadAgreement(party, regionId, agreement.Value);
        return agreement;
    }

    /// <summary>Lists the agreements the party may read; others are left out, not refused.</summary>
    public async Task<Page<Versioned<PerformanceAgreement>>> ListAgreementsAsync(
        Party party, string regionId, PageRequest page, CancellationToken cancellationToken)
    {
        await catalog.GetAsync(regionId, cancellationToken);
        var all = await agreements.ListVersionedAgreementsAsync(regionId, cancellationToken);
        return InMemoryPaging.Slice(all.Where(a => AccessPolicy.CanReadAgreement(party, regionId, a.Value)), a => a.Value.Id, page);
    }

    public async Task<Versioned<PerformanceAgreement>> CreateAgreementAsync(
        Party party, string regionId, Func<PerformanceAgreement> build, CancellationToken cancellationToken)
    {
        AccessPolicy.EnsureCanWriteAgreements(party, regionId);
        var region = await catalog.GetAsync(regionId, cancellationToken);
        var agreement = build();
        await EnsureReferencesExistAsync(region, agreement, cancellationToken);
        await agreements.CreateAgreementAsync(regionId, agreement, cancellationToken);
        return Versioned.First(agreement);
    }

    /// <summary>Applies <c>change</c> (the masked fields) and writes only over the version read (<see cref="OptimisticUpdate"/>).</summary>
    public async Task<Versioned<PerformanceAgreement>> UpdateAgreementAsync(
        Party party, string regionId, string agreementId, string? etag, Func<PerformanceAgreement, PerformanceAgreement> change,
        CancellationToken cancellationToken)
    {
        AccessPolicy.EnsureCanWriteAgreements(party, regionId);
        var region = await catalog.GetAsync(regionId, cancellationToken);
        return await OptimisticUpdate.RunAsync(
            ResourceNames.Agreement(regionId, agreementId),
            etag,
            () => agreements.GetVersionedAgreementAsync(regionId, agreementId, cancellationToken),
            async current =>
            {
                var updated = change(current);
                await EnsureReferencesExistAsync(region, updated, cancellationToken);
                return updated;
            },
            (updated, version) => agreements.UpdateAgreementIfVersionAsync(regionId, updated, version, cancellationToken),
            cancellationToken);
    }

    public async Task DeleteAgreementAsync(Party party, string regionId, string agreementId, CancellationToken cancellationToken)
    {
        AccessPolicy.EnsureCanWriteAgreements(party, regionId);
        await catalog.GetAsync(regionId, cancellationToken);
        if (!await agreements.DeleteAgreementAsync(regionId, agreementId, cancellationToken))
        {
            throw NotFound(regionId, agreementId);
        }
    }

    private async Task EnsureReferencesExistAsync(RegionSnapshot region, PerformanceAgreement agreement, CancellationToken cancellationToken)
    {
        var corporation = await stock.GetCorporationAsync(agreement.CorporationId, cancellationToken);
        new Validator()
            .Require(corporation is not null, "corporation", $"{ResourceNames.Corporation(agreement.CorporationId)} does not exist")
            .Require(region.Region.Includes(agreement.Municipality), "municipality", $"{agreement.Municipality} is not a municipality of the region")
            .ThrowIfInvalid();
    }

    private static NotFoundException NotFound(string regionId, string agreementId) => new(ResourceNames.Agreement(regionId, agreementId));
}
