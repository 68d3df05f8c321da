namespace BeschermdThuis.Matching.Domain.Repositories;

/// <summary>Stored match runs. Runs are immutable: they are created once and never updated.</summary>
public interface IMatchRunRepository
{
    /// <exception cref="AlreadyExistsException">The region already has a run with this id.</exception>
    Task CreateMatchRunAsync(MatchRunRecord run, CancellationToken cancellationToken = default);

    /// <summary>The run with its documents, or null when the region has no run with this id.</summary>
    Task<MatchRunRecord?> GetMatchRunAsync(string regionId, string runId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The region's runs without their documents, by id descending (newest first for ids from <see cref="MatchRunId"/>);
    /// <see cref="PageRequest.After"/> is the id of the last run of the previous page.
    /// </summary>
    Task<Page<MatchRunSummary>> ListMatchRunsAsync(string regionId, PageRequest page, CancellationToken cancellationToken = default);
}
