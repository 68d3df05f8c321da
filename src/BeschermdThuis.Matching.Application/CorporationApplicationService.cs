using System.Collections.Concurrent;
using BeschermdThuis.Matching.Domain.Audit;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.Application;

/// <summary>
/// The region's housing corporations as resources: the administrator creates and updates them (each write audited),
/// the parties of the region list and read them, and a corporation's token is valid only for one that exists.
/// </summary>
public sealed class CorporationApplicationService(ICorporationRepository corporations, RegionCatalog catalog, TimeProvider time)
{
    // Corporations are never deleted, so once seen a corporation stays known; an unknown one is looked up every call.
    private readonly ConcurrentDictionary<string, bool> _known = new(StringComparer.Ordinal);

    public async Task<Versioned<HousingCorporation>> GetCorporationAsync(Party party, string regionId, string corporationId, CancellationToken cancellationToken)
    {
        var region = await catalog.GetAsync(regionId, cancellationToken);
        AccessPolicy.EnsureIsPartyOfRegion(party, region.Region);
        return await corporations.GetCorporationAsync(regionId, corporationId, cancellationToken)
            ?? throw new NotFoundException(ResourceNames.RegionCorporation(regionId, corporationId));
    }

    public async Task<Page<Versioned<HousingCorporation>>> ListCorporationsAsync(Party party, string regionId, PageRequest page, CancellationToken cancellationToken)
    {
        var region = await catalog.GetAsync(regionId, cancellationToken);
        AccessPolicy.EnsureIsPartyOfRegion(party, region.Region);
        return await corporations.ListCorporationsAsync(regionId, page, cancellationToken);
    }

    /// <summary>Creates a corporation; <c>build</c> runs after the access check, so a refused caller learns nothing.</summary>
    public async Task<Versioned<HousingCorporation>> CreateCorporationAsync(
        Party party, string regionId, Func<HousingCorporation> build, CancellationToken cancellationToken)
    {
        AccessPolicy.EnsureCanWriteReferenceData(party);
        var region = await catalog.GetAsync(regionId, cancellationToken);
        var corporation = build();
        EnsureMunicipalitiesInRegion(region, corporation);
        var audit = Audit(party, regionId, corporation, "CreateCorporation", null);
        await corporations.CreateCorporationAsync(regionId, corporation, audit, cancellationToken);
        return Versioned.First(corporation);
    }

    /// <summary>Applies <c>change</c> (the masked fields) and writes only over the version read (<see cref="OptimisticUpdate"/>).</summary>
    public async Task<Versioned<HousingCorporation>> UpdateCorporationAsync(
        Party party, string regionId, string corporationId, string? etag, Func<HousingCorporation, HousingCorporation> change,
        CancellationToken cancellationToken)
    {
        AccessPolicy.EnsureCanWriteReferenceData(party);
        var region = await catalog.GetAsync(regionId, cancellationToken);
        HousingCorporation? before = null;
        return await OptimisticUpdate.RunAsync(
            ResourceNames.RegionCorporation(regionId, corporationId),
            etag,
            () => corporations.GetCorporationAsync(regionId, corporationId, cancellationToken),
            current =>
            {
                before = current;
                var updated = change(current);
                EnsureMunicipalitiesInRegion(region, updated);
                return Task.FromResult(updated);
            },
            (updated, version) => corporations.UpdateCorporationIfVersionAsync(
                regionId, updated, version, Audit(party, regionId, updated, "UpdateCorporation", before), cancellationToken),
            cancellationToken);
    }

    /// <summary>Refuses a corporation's token when the corporation is not registered in the region this server serves.</summary>
    public async Task EnsureKnownPartyAsync(Party party, CancellationToken cancellationToken)
    {
        if (party.Kind != PartyKind.HousingCorporation || _known.ContainsKey(party.Id))
        {
            return;
        }
        var exists = ResourceId.IsValid(party.Id)
            && await corporations.GetCorporationAsync(catalog.ServedRegionId, party.Id, cancellationToken) is not null;
        AccessPolicy.EnsureKnownParty(party, exists);
        _known.TryAdd(party.Id, true);
    }

    /// <summary>The states are the municipality codes (cut to the trail's state length); the reason names the changed fields.</summary>
    private AuditEntry Audit(Party party, string regionId, HousingCorporation after, string action, HousingCorporation? before) =>
        new(0, regionId, time.GetUtcNow(), party.ToString(), AuditSubjectKind.Corporation, after.Id, action,
            before is null ? null : SettingsAudit.State(Codes(before)), SettingsAudit.State(Codes(after)), Changed(before, after), null, after.Id, null);

    private static string Codes(HousingCorporation corporation) => string.Join(" ", corporation.Municipalities.Select(m => m.Value));

    private static string Changed(HousingCorporation? before, HousingCorporation after) =>
        string.Join(", ", new[]
        {
            before?.Name == after.Name ? null : "display_name",
            before is not null && before.Municipalities.SequenceEqual(after.Municipalities) ? null : "municipalities",
        }.OfType<string>());

    private static void EnsureMunicipalitiesInRegion(RegionSnapshot region, HousingCorporation corporation)
    {
        var validator = new Validator();
        for (var i = 0; i < corporation.Municipalities.Count; i++)
        {
            var code = corporation.Municipalities[i];
            validator.Require(region.Region.Includes(code), $"municipalities[{i}]", $"{code} is not a municipality of the region");
        }
        validator.ThrowIfInvalid();
    }
}
