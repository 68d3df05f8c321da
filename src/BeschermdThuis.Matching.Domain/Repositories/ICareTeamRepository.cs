using BeschermdThuis.Matching.Domain.Care;

namespace BeschermdThuis.Matching.Domain.Repositories;

public interface ICareTeamRepository
{
    Task<CareTeam?> GetCareTeamAsync(string regionId, string careTeamId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CareTeam>> ListCareTeamsAsync(string regionId, CancellationToken cancellationToken = default);

    Task<Page<CareTeam>> ListCareTeamsAsync(string regionId, PageRequest page, CancellationToken cancellationToken = default);

    /// <exception cref="AlreadyExistsException">The region already has a team with this id.</exception>
    Task CreateCareTeamAsync(string regionId, CareTeam team, CancellationToken cancellationToken = default);

    Task<bool> UpdateCareTeamAsync(string regionId, CareTeam team, CancellationToken cancellationToken = default);

    Task<bool> DeleteCareTeamAsync(string regionId, string careTeamId, CancellationToken cancellationToken = default);
}
