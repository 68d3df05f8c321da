using BeschermdThuis.Matching.Domain.Affordability;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Application.Proposals;
using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Application;

/// <summary>Pseudonymous clients, each read and changed only by the desk of its municipality.</summary>
public sealed partial class ClientApplicationService(
    IClientRepository clients, ICareTeamRepository teams, IProposalRepository proposals, RegionCatalog catalog, AffordabilityPolicy affordability)
{
    public async Task<ClientView> GetClientAsync(Party party, MunicipalityCode municipality, ClientReference reference, CancellationToken cancellationToken)
    {
        AccessPolicy.EnsureCanSeeClient(party, municipality, reference);
        return View(await clients.GetVersionedClientAsync(municipality, reference, cancellationToken) ?? throw NotFound(municipality, reference));
    }

    public async Task<Page<ClientView>> ListClientsAsync(Party party, MunicipalityCode municipality, PageRequest page, CancellationToken cancellationToken)
    {
        AccessPolicy.EnsureCanAccessClients(party, municipality);
        await EnsureMunicipalityServedAsync(municipality, cancellationToken);
        var found = await clients.ListClientsAsync(municipality, page, cancellationToken);
        return new Page<ClientView>([.. found.Items.Select(View)], found.NextAfter);
    }

    /// <summary>Registers a client; <c>build</c> turns the request into the client only after the access check.</summary>
    public async Task<ClientView> CreateClientAsync(Party party, MunicipalityCode municipality, Func<Client> build, CancellationToken cancellationToken)
    {
        AccessPolicy.EnsureCanAccessClients(party, municipality);
        var region = await EnsureMunicipalityServedAsync(municipality, cancellationToken);
        var client = build();
        await EnsureReferencesExistAsync(region, client, cancellationToken);
        await clients.CreateClientAsync(client, cancellationToken);
        return View(Versioned.First(client));
    }

    /// <summary>
    /// Applies <c>change</c> (the masked fields) to the stored client and writes it only over the version read
    /// (<see cref="OptimisticUpdate"/>); with an etag, only over that version.
    /// </summary>
    public async Task<ClientView> UpdateClientAsync(
        Party party, MunicipalityCode municipality, ClientReference reference, string? etag, Func<Client, Client> change,
        CancellationToken cancellationToken)
    {
        AccessPolicy.EnsureCanSeeClient(party, municipality, reference);
        var region = await EnsureMunicipalityServedAsync(municipality, cancellationToken);
        var updated = await OptimisticUpdate.RunAsync(
            Name(municipality, reference),
            etag,
            () => clients.GetVersionedClientAsync(municipality, reference, cancellationToken),
            async current =>
            {
                var changed = change(current);
                await EnsureReferencesExistAsync(region, changed, cancellationToken);
                return changed;
            },
            (changed, version) => clients.UpdateClientIfVersionAsync(changed, version, cancellationToken),
            cancellationToken);
        return View(updated);
    }

    public async Task DeleteClientAsync(Party party, MunicipalityCode municipality, ClientReference reference, CancellationToken cancellationToken)
    {
        AccessPolicy.EnsureCanSeeClient(party, municipality, reference);
        var current = await FindAsync(municipality, reference, cancellationToken);
        var open = await OpenProposals.FindAsync(proposals, catalog.ServedRegionId, new ProposalFilter(Municipality: municipality, Client: reference), cancellationToken);
        if (current.Status == ClientStatus.Proposed || open is not null)
        {
            throw new FailedPreconditionException($"{Name(municipality, reference)} has a proposal out{open}; end the proposal before deleting the client");
        }
        if (!await clients.DeleteClientAsync(municipality, reference, cancellationToken))
        {
            throw NotFound(municipality, reference);
        }
    }

    private async Task<Client> FindAsync(MunicipalityCode municipality, ClientReference reference, CancellationToken cancellationToken) =>
        (await clients.GetVersionedClientAsync(municipality, reference, cancellationToken) ?? throw NotFound(municipality, reference)).Value;

    private async Task<RegionSnapshot> EnsureMunicipalityServedAsync(MunicipalityCode municipality, CancellationToken cancellationToken)
    {
        var region = await catalog.GetServedAsync(cancellationToken);
        return region.Region.Includes(municipality) ? region : throw new NotFoundException(ResourceNames.Municipality(municipality));
    }

    /// <summary>Every area named must be an area of the region, and the care team must exist.</summary>
    private async Task EnsureReferencesExistAsync(RegionSnapshot region, Client client, CancellationToken cancellationToken)
    {
        var validator = new Validator();
        for (var i = 0; i < client.Wishes.Areas.Count; i++)
        {
            var area = client.Wishes.Areas[i].Area;
            validator.Require(region.Contains(area), $"wishes.areas[{i}].area_code", $"{area} is not an area of the region");
        }
        for (var i = 0; i < client.Recovery.AvoidAreas.Count; i++)
        {
            var area = client.Recovery.AvoidAreas[i];
            validator.Require(region.Contains(area), $"recovery.avoid_area_codes[{i}]", $"{area} is not an area of the region");
        }
        if (client.Recovery.AvoidOrigin is { } origin)
        {
            validator.Require(region.Contains(AreaRef.Of(origin.Origin)), "recovery.avoid_origin.origin_code", $"{origin.Origin} is not a neighbourhood of the region");
        }
        if (client.CareTeamId is { } teamId)
        {
            var team = await teams.GetCareTeamAsync(region.Region.Id, teamId, cancellationToken);
            validator.Require(team is not null, "care_team", $"{ResourceNames.CareTeam(region.Region.Id, teamId)} does not exist");
        }
        validator.ThrowIfInvalid();
    }

    private ClientView View(Versioned<Client> versioned)
    {
        var client = versioned.Value;
        EuroCents? maxRent = null;
        if (affordability.HasYear(client.ReadinessDate.Year))
        {
            try
            {
                maxRent = affordability.MaxRentFor(client.IncomeBand, client.HouseholdSize, client.ReadinessDate.Year);
            }
            catch (AffordabilityConfigurationException)
            {
                // The limit this household needs is not configured for that year: leave it unknown rather than guess.
            }
        }
        return new ClientView(client, maxRent, versioned.Version);
    }

    private static NotFoundException NotFound(MunicipalityCode municipality, ClientReference reference) => new(Name(municipality, reference));

    private static string Name(MunicipalityCode municipality, ClientReference reference) => ResourceNames.Client(municipality, reference);
}
