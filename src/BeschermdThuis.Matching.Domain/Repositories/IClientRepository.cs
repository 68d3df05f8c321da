using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Domain.Repositories;

/// <summary>Pseudonymous clients, each owned by the desk of its responsible municipality.</summary>
public interface IClientRepository
{
    Task<Client?> GetClientAsync(MunicipalityCode municipality, ClientReference reference, CancellationToken cancellationToken = default);

    Task<Page<Client>> ListClientsAsync(MunicipalityCode municipality, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Every client of the region's municipalities with the given status (input for matching).</summary>
    Task<IReadOnlyList<Client>> ListClientsInRegionAsync(string regionId, ClientStatus status, CancellationToken cancellationToken = default);

    /// <exception cref="AlreadyExistsException">The municipality already has a client with this reference.</exception>
    Task CreateClientAsync(Client client, CancellationToken cancellationToken = default);

    /// <summary>Replaces a stored client (wishes, needs, constraints, consent, status); false when there is none.</summary>
    Task<bool> UpdateClientAsync(Client client, CancellationToken cancellationToken = default);

    Task<bool> DeleteClientAsync(MunicipalityCode municipality, ClientReference reference, CancellationToken cancellationToken = default);
}
