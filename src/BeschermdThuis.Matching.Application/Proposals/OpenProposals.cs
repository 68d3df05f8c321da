using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Application.Proposals;

/// <summary>Finds a draft or active proposal of a client or unit, so its owner cannot delete what another party works on.</summary>
internal static class OpenProposals
{
    private const int Page = 100;

    /// <summary>" (regions/…/proposals/…, State)" naming the first open proposal that passes the filter, or null.</summary>
    public static async Task<string?> FindAsync(IProposalRepository proposals, string regionId, ProposalFilter filter, CancellationToken cancellationToken)
    {
        string? after = null;
        do
        {
            var page = await proposals.ListProposalsAsync(regionId, filter, new PageRequest(Page, after), cancellationToken);
            if (page.Items.FirstOrDefault(p => !p.Value.State.IsFinal()) is { } open)
            {
                return $" ({ResourceNames.Proposal(open.Value.RegionId, open.Value.Id)}, {open.Value.State})";
            }
            after = page.NextAfter;
        }
        while (after is not null);
        return null;
    }

    /// <summary>Every open proposal that passes the filter (every page), for a batch that checks many clients or units at once.</summary>
    public static async Task<IReadOnlyList<Proposal>> ListAsync(IProposalRepository proposals, string regionId, ProposalFilter filter, CancellationToken cancellationToken)
    {
        var all = await Pages.ReadAllAsync(Page, page => proposals.ListProposalsAsync(regionId, filter, page, cancellationToken));
        return [.. all.Select(p => p.Value).Where(p => !p.State.IsFinal())];
    }

    /// <summary>How <see cref="FindAsync"/> names an open proposal.</summary>
    public static string Describe(Proposal open) => $" ({ResourceNames.Proposal(open.RegionId, open.Id)}, {open.State})";
}
