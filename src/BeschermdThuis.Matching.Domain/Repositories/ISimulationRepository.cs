namespace BeschermdThuis.Matching.Domain.Repositories;

/// <summary>Stored quota simulations. They are immutable: created once and never updated.</summary>
public interface ISimulationRepository
{
    /// <exception cref="AlreadyExistsException">The region already has a simulation with this id.</exception>
    Task CreateSimulationAsync(SimulationRecord simulation, CancellationToken cancellationToken = default);

    /// <summary>The simulation with its result, or null when the region has none with this id.</summary>
    Task<SimulationRecord?> GetSimulationAsync(string regionId, string simulationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The region's simulations without their results, by id descending (newest first for ids from
    /// <see cref="MatchRunId"/>-style time-ordered ids); <see cref="PageRequest.After"/> is the last id of the previous page.
    /// </summary>
    Task<Page<SimulationRecord>> ListSimulationsAsync(string regionId, PageRequest page, CancellationToken cancellationToken = default);
}
