using BeschermdThuis.Matching.Domain.Audit;

namespace BeschermdThuis.Matching.Domain.Repositories;

/// <summary>The append-only audit trail. There is no update and no delete, here or in the database.</summary>
public interface IAuditTrail
{
    /// <summary>Appends an entry on its own (a match run, an erasure); proposal changes append theirs with the change.</summary>
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>
    /// The region's entries that match <paramref name="query"/>, by sequence ascending (oldest first);
    /// <see cref="PageRequest.After"/> is the sequence of the last entry of the previous page.
    /// </summary>
    Task<Page<AuditEntry>> ListAuditEntriesAsync(string regionId, AuditQuery query, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>The sequence of the region's newest entry, or 0 when it has none (where watching "from now" starts).</summary>
    Task<long> LatestSequenceAsync(string regionId, CancellationToken cancellationToken = default);
}
