using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Domain.Repositories;

/// <summary>
/// Pseudonymous clients, each owned by the desk of its responsible municipality. A reference is unique over all
/// municipalities, because matching keys clients by reference and a region's municipalities can change.
/// </summary>
public interface IClientRepository
{
    Task<Client?> GetClientAsync(MunicipalityCode municipality, ClientReference reference, CancellationToken cancellationToken = default);

    Task<Versioned<Client>?> GetVersionedClientAsync(MunicipalityCode municipality, ClientReference reference, CancellationToken cancellationToken = default);

    Task<Page<Versioned<Client>>> ListClientsAsync(MunicipalityCode municipality, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Every client of the region's municipalities with the given status (input for matching).</summary>
    Task<IReadOnlyList<Client>> ListClientsInRegionAsync(string regionId, ClientStatus status, CancellationToken cancellationToken = default);

    /// <exception cref="AlreadyExistsException">A client with this reference exists, in this or another municipality.</exception>
    Task CreateClientAsync(Client client, CancellationToken cancellationToken = default);

    /// <summary>Replaces a stored client (wishes, needs, constraints, consent, status); false when there is none.</summary>
    Task<bool> UpdateClientAsync(Client client, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the stored client only while its version is still <paramref name="expectedVersion"/> (as read with
    /// <see cref="GetVersionedClientAsync"/>), raising the version by one; otherwise writes nothing and says whether it is gone or stale.
    /// </summary>
    Task<UpdateOutcome> UpdateClientIfVersionAsync(Client client, long expectedVersion, CancellationToken cancellationToken = default);

    Task<bool> DeleteClientAsync(MunicipalityCode municipality, ClientReference reference, CancellationToken cancellationToken = default);

    /// <summary>Inserts every client with its child rows in one transaction (a bulk insert): all of them or none.</summary>
    /// <exception cref="AlreadyExistsException">A client's reference is taken; nothing is stored.</exception>
    Task CreateClientsAsync(IReadOnlyList<Client> clients, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces every client whose stored version is still the one given with it (as read with
    /// <see cref="GetVersionedClientAsync"/>), in one transaction; when any is gone or stale, writes nothing. The outcome of each.
    /// </summary>
    Task<IReadOnlyList<UpdateOutcome>> UpdateClientsIfVersionAsync(IReadOnlyList<Versioned<Client>> clients, CancellationToken cancellationToken = default);

    /// <summary>Deletes every client named in one transaction; when any does not exist, deletes none and returns those references.</summary>
    Task<IReadOnlyList<ClientReference>> DeleteClientsAsync(
        MunicipalityCode municipality, IReadOnlyList<ClientReference> references, CancellationToken cancellationToken = default);
}
