using System.Runtime.CompilerServices;
using BeschermdThuis.Matching.Domain.Audit;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Application.Proposals;

/// <summary>One move of a proposal the watcher may see: the proposal as it is now, the move, and where to resume after it.</summary>
public sealed record ProposalEvent(ProposalView Proposal, string Action, DateTimeOffset At, long Sequence);

/// <summary>
/// Proposals as they move, for the parties they concern (issue 11, item 10): a corporation those for its units once they
/// reach it, a desk its clients'. The audit trail is the event log: every move appends one line in the same transaction,
/// numbered in order, so a watcher that resumes after a line's sequence misses nothing and sees nothing twice. The
/// server reads the log every <see cref="PollInterval"/>; the caller waits on its stream and never polls.
/// </summary>
public sealed class ProposalWatch(IAuditTrail audit, IProposalRepository proposals, IClientRepository clients, MatchingOptions matching)
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    private const int Batch = 200;

    /// <summary>
    /// Checks that the party may watch, and where its watch starts: after <paramref name="after"/> (a sequence from an
    /// earlier event), or after the newest move now when null. Every move after the returned sequence will be seen.
    /// </summary>
    public async Task<long> StartAsync(Party party, string regionId, long? after, CancellationToken cancellationToken)
    {
        matching.EnsureServes(regionId);
        if (party.Kind is not (PartyKind.MunicipalDesk or PartyKind.HousingCorporation))
        {
            throw new PermissionDeniedException($"{party.Kind} '{party.Id}' may not do this: desks and corporations watch the proposals that concern them");
        }
        return after ?? await audit.LatestSequenceAsync(regionId, cancellationToken);
    }

    /// <summary>The moves after <paramref name="after"/> (from <see cref="StartAsync"/>) that the party may see, until cancelled.</summary>
    public async IAsyncEnumerable<ProposalEvent> WatchAsync(
        Party party, string regionId, long after, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var last = after;
        while (!cancellationToken.IsCancellationRequested)
        {
            var page = await audit.ListAuditEntriesAsync(regionId, new AuditQuery(), new PageRequest(Batch, last.ToString(System.Globalization.CultureInfo.InvariantCulture)), cancellationToken);
            foreach (var entry in page.Items)
            {
                last = entry.Sequence;
                if (await SeenAsync(party, regionId, entry, cancellationToken) is { } seen)
                {
                    yield return seen;
                }
            }
            if (page.NextAfter is null)
            {
                await Task.Delay(PollInterval, cancellationToken);
            }
        }
    }

    private async Task<ProposalEvent?> SeenAsync(Party party, string regionId, AuditEntry entry, CancellationToken cancellationToken)
    {
        if (entry.SubjectKind != AuditSubjectKind.Proposal
            || (party.Kind == PartyKind.HousingCorporation && (entry.CorporationId != party.Id || entry.NewState == nameof(Domain.Proposals.ProposalState.Draft)))
            || await proposals.GetProposalAsync(regionId, entry.SubjectId, cancellationToken) is not { } proposal)
        {
            return null;
        }
        var audience = party.IsDeskOf(proposal.Value.Municipality) ? (Domain.Proposals.ProposalActor?)Domain.Proposals.ProposalActor.Desk
            : AccessPolicy.CorporationSees(party, proposal.Value) ? Domain.Proposals.ProposalActor.Corporation
            : null;
        return audience is { } seenAs
            ? new ProposalEvent(await ProposalViews.ForAsync(clients, proposal, seenAs, cancellationToken), entry.Action, entry.At, entry.Sequence)
            : null;
    }
}
