using BeschermdThuis.Matching.Domain.Care;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Application;

/// <summary>Care teams: public reference data, changed by an administrator.</summary>
public sealed class CareTeamApplicationService(ICareTeamRepository teams, IClientRepository clients, RegionCatalog catalog)
{
    public async Task<Versioned<CareTeam>> GetCareTeamAsync(string regionId, string teamId, CancellationToken cancellationToken)
    {
        await catalog.GetAsync(regionId, cancellationToken);
        return await teams.GetVersionedCareTeamAsync(regionId, teamId, cancellationToken) ?? throw NotFound(regionId, teamId);
    }

    public async Task<Page<Versioned<CareTeam>>> ListCareTeamsAsync(string regionId, PageRequest page, CancellationToken cancellationToken)
    {
        await catalog.GetAsync(regionId, cancellationToken);
        return await teams.ListCareTeamsAsync(regionId, page, cancellationToken);
    }

    public async Task<Versioned<CareTeam>> CreateCareTeamAsync(Party party, string regionId, Func<CareTeam> build, CancellationToken cancellationToken)
    {
        AccessPolicy.EnsureCanWriteReferenceData(party);
        var region = await catalog.GetAsync(regionId, cancellationToken);
        var team = build();
        EnsureServiceAreaInRegion(region, team);
        await teams.CreateCareTeamAsync(regionId, team, cancellationToken);
        return Versioned.First(team);
    }

    /// <summary>Applies <c>change</c> (the masked fields) and writes only over the version read (<see cref="OptimisticUpdate"/>).</summary>
    public async Task<Versioned<CareTeam>> UpdateCareTeamAsync(
        Party party, string regionId, string teamId, string? etag, Func<CareTeam, CareTeam> change, CancellationToken cancellationToken)
    {
        AccessPolicy.EnsureCanWriteReferenceData(party);
        var region = await catalog.GetAsync(regionId, cancellationToken);
        return await OptimisticUpdate.RunAsync(
            ResourceNames.CareTeam(regionId, teamId),
            etag,
            () => teams.GetVersionedCareTeamAsync(regionId, teamId, cancellationToken),
            current =>
            {
                var updated = change(current);
                EnsureServiceAreaInRegion(region, updated);
                return Task.FromResult(updated);
            },
            (updated, version) => teams.UpdateCareTeamIfVersionAsync(regionId, updated, version, cancellationToken),
            cancellationToken);
    }

    public async Task DeleteCareTeamAsync(Party party, string regionId, string teamId, CancellationToken cancellationToken)
    {
        AccessPolicy.EnsureCanWriteReferenceData(party);
        await catalog.GetAsync(regionId, cancellationToken);
        _ = await teams.GetCareTeamAsync(regionId, teamId, cancellationToken) ?? throw NotFound(regionId, teamId);
        foreach (var status in new[] { ClientStatus.Waiting, ClientStatus.Proposed })
        {
            var supported = await clients.ListClientsInRegionAsync(regionId, status, cancellationToken);
            if (supported.Any(c => c.CareTeamId == teamId))
            {
                throw new FailedPreconditionException($"{ResourceNames.CareTeam(regionId, teamId)} still supports {status.ToString().ToLowerInvariant()} clients; move them to another team first");
            }
        }
        if (!await teams.DeleteCareTeamAsync(regionId, teamId, cancellationToken))
        {
            throw NotFound(regionId, teamId);
        }
    }

    private static void EnsureServiceAreaInRegion(RegionSnapshot region, CareTeam team)
    {
        var validator = new Validator();
        for (var i = 0; i < team.ServiceArea.Municipalities.Count; i++)
        {
            var code = team.ServiceArea.Municipalities[i];
            validator.Require(region.Region.Includes(code), $"service_area.municipalities[{i}]", $"{code} is not a municipality of the region");
        }
        validator.ThrowIfInvalid();
    }

    private static NotFoundException NotFound(string regionId, string teamId) => new(ResourceNames.CareTeam(regionId, teamId));
}
