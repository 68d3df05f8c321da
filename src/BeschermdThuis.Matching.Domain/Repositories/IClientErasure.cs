using BeschermdThuis.Matching.Domain.Audit;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Domain.Repositories;

/// <summary>
/// The right to erasure (AVG art. 17), in one transaction: the client's record goes with its wishes, constraints and
/// consent; its proposals and pair overrides keep only the pseudonym and lose their free text; the stored match runs
/// that named the client are replaced by the given rewritten documents (the one change a stored run ever gets); and
/// the erasure is appended to the audit trail.
/// </summary>
public interface IClientErasure
{
    /// <returns>False, with nothing changed, when the client does not exist.</returns>
    Task<bool> EraseClientAsync(ClientErasure erasure, CancellationToken cancellationToken = default);
}

/// <summary>What to erase and what to leave in its place.</summary>
public sealed record ClientErasure(
    MunicipalityCode Municipality,
    ClientReference Client,
    string Pseudonym,
    IReadOnlyList<RewrittenMatchRun> Runs,
    AuditEntry Audit);

/// <summary>A stored run's result and explanations with the client replaced by its pseudonym.</summary>
public sealed record RewrittenMatchRun(string RegionId, string RunId, string ResultJson, string ExplanationsJson);
