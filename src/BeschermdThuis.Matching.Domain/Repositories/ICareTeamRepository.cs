using BeschermdThuis.Matching.Domain.Care;

namespace BeschermdThuis.Matching.Domain.Repositories;

public interface ICareTeamRepository
{
    Task<CareTeam?> GetCareTeamAsync(string regionId, string careTeamId, CancellationToken cancellationToken = default);

    Task<Versioned<CareTeam>?> GetVersionedCareTeamAsync(string regionId, string careTeamId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CareTeam>> ListCareTeamsAsync(string regionId, CancellationToken cancellationToken = default);

    Task<Page<Versioned<CareTeam>>> ListCareTeamsAsync(string regionId, PageRequest page, CancellationToken cancellationToken = default);

    /// <exception cref="AlreadyExistsException">The region already has a team with this id.</exception>
    Task CreateCareTeamAsync(string regionId, CareTeam team, CancellationToken cancellationToken = default);

    Task<bool> UpdateCareTeamAsync(string regionId, CareTeam team, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the stored team only while its version is still <paramref name="expectedVersion"/> (as read with
    /// <see cref="GetVersionedCareTeamAsync"/>), raising the version by one; otherwise writes nothing and says whether it is gone or stale.
    /// </summary>
    Task<UpdateOutcome> UpdateCareTeamIfVersionAsync(string regionId, CareTeam team, long expectedVersion, CancellationToken cancellationToken = default);

    Task<bool> DeleteCareTeamAsync(string regionId, string careTeamId, CancellationToken cancellationToken = default);
}
