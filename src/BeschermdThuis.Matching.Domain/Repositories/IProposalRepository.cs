using BeschermdThuis.Matching.Domain.Audit;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Proposals;

namespace BeschermdThuis.Matching.Domain.Repositories;

/// <summary>
/// Stored proposals and pair overrides. Every write appends its audit entry in the same transaction, so a change and its
/// audit line are stored together or not at all. At most one active proposal per client and per unit is enforced by the
/// database (a unique index over the active states), not only here.
/// </summary>
public interface IProposalRepository
{
    /// <exception cref="ActiveProposalExistsException">The proposal is active and its client or unit already has an active one.</exception>
    Task CreateProposalAsync(Proposal proposal, AuditEntry audit, CancellationToken cancellationToken = default);

    Task<Versioned<Proposal>?> GetProposalAsync(string regionId, string proposalId, CancellationToken cancellationToken = default);

    /// <summary>The region's proposals that pass <paramref name="filter"/>, by id descending (newest first).</summary>
    Task<Page<Versioned<Proposal>>> ListProposalsAsync(string regionId, ProposalFilter filter, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the proposal when its stored version is <paramref name="expectedVersion"/> and appends
    /// <paramref name="audit"/>, in one transaction. When the new state is <see cref="ProposalState.TenancySigned"/>, the
    /// same transaction sets the client's status to housed and the unit's to let (raising their versions).
    /// </summary>
    /// <exception cref="ActiveProposalExistsException">
    /// The move makes the proposal active (a draft proposed) while its client or unit already has an active one: the
    /// database's unique index decides the race, and nothing is written.
    /// </exception>
    Task<UpdateOutcome> UpdateProposalIfVersionAsync(Proposal proposal, long expectedVersion, AuditEntry audit, CancellationToken cancellationToken = default);

    /// <summary>Proposals of every region whose response deadline is before <paramref name="now"/>, oldest deadline first.</summary>
    Task<IReadOnlyList<Versioned<Proposal>>> ListOverdueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default);

    /// <summary>The region's proposals in any of <paramref name="states"/> (what a match needs: pins, exclusions, placements).</summary>
    Task<IReadOnlyList<Proposal>> ListProposalsInStatesAsync(string regionId, IReadOnlyCollection<ProposalState> states, CancellationToken cancellationToken = default);

    /// <summary>
    /// The region's proposals in any of <paramref name="states"/> whose exclusion no pair override has lifted: the
    /// declines (and, where the policy says so, expiries and withdrawals) that keep a pair out of later matches.
    /// </summary>
    Task<IReadOnlyList<Proposal>> ListUnliftedProposalsInStatesAsync(
        string regionId, IReadOnlyCollection<ProposalState> states, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the override and, in the same transaction, lifts the exclusion of exactly the pair's proposals that have
    /// ended by then: a proposal of the pair that ends later excludes it again.
    /// </summary>
    Task CreatePairOverrideAsync(PairOverride pairOverride, AuditEntry audit, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PairOverride>> ListPairOverridesAsync(string regionId, CancellationToken cancellationToken = default);
}

/// <summary>Which proposals to list; null fields do not filter.</summary>
public sealed record ProposalFilter(
    ProposalState? State = null,
    MunicipalityCode? Municipality = null,
    ClientReference? Client = null,
    string? CorporationId = null,
    string? UnitId = null);

/// <summary>A create refused because the client or the unit already has an active proposal.</summary>
public sealed class ActiveProposalExistsException(string message) : Exception(message);
