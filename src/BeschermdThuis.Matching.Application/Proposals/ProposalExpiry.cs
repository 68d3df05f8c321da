using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Application.Proposals;

/// <summary>
/// Applies response deadlines: on every read of a proposal and in a sweep over all overdue ones, so a deadline takes
/// effect even when nobody looks. Expiring is a conditional write like any other move: when another call changed the
/// proposal first, the fresh proposal is read and judged again.
/// </summary>
internal sealed class ProposalExpiry(IProposalRepository proposals, ProposalPolicy policy, ClientPseudonyms pseudonyms, TimeProvider time)
{
    private const int MaxAttempts = 8;
    private const int SweepBatch = 500;

    public async Task<Versioned<Proposal>> ApplyIfDueAsync(Versioned<Proposal> found, CancellationToken cancellationToken)
    {
        var current = found;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var now = time.GetUtcNow();
            if (!current.Value.IsOverdue(now))
            {
                return current;
            }
            var expired = current.Value.Apply(ProposalAction.Expire, ProposalActor.Clock, now, policy);
            var audit = ProposalAudit.Change(ProposalAudit.Clock, nameof(ProposalAction.Expire), current.Value, expired,
                $"no answer by {current.Value.RespondBy:yyyy-MM-ddTHH:mm:ssZ}", pseudonyms);
            switch (await proposals.UpdateProposalIfVersionAsync(expired, current.Version, audit, cancellationToken))
            {
                case UpdateOutcome.Updated:
                    return new Versioned<Proposal>(expired, current.Version + 1);
                case UpdateOutcome.NotFound:
                    return current;
                default:
                    current = await proposals.GetProposalAsync(current.Value.RegionId, current.Value.Id, cancellationToken) ?? current;
                    break;
            }
        }
        return current;
    }

    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var expired = 0;
        while (true)
        {
            var due = await proposals.ListOverdueAsync(time.GetUtcNow(), SweepBatch, cancellationToken);
            foreach (var proposal in due)
            {
                if ((await ApplyIfDueAsync(proposal, cancellationToken)).Value.State == ProposalState.Expired)
                {
                    expired++;
                }
            }
            if (due.Count < SweepBatch)
            {
                return expired;
            }
        }
    }
}
