using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Application.Proposals;

/// <summary>
/// The pairs no later match may propose again: those with a proposal that ended in a decline (or an expiry or
/// withdrawal where the policy excludes those) and whose exclusion no desk override has lifted. The store marks the
/// lifted proposals in the override's own transaction, so the order of events decides, not the clocks.
/// </summary>
public static class ExcludedPairs
{
    public sealed record Key(MunicipalityCode Municipality, ClientReference Client, string CorporationId, string UnitId);

    public static async Task<IReadOnlySet<Key>> ListAsync(
        IProposalRepository proposals, ProposalPolicy policy, string regionId, CancellationToken cancellationToken)
    {
        var excluding = ProposalStates.Ended.Where(policy.ExcludesPair).ToList();
        var ended = await proposals.ListUnliftedProposalsInStatesAsync(regionId, excluding, cancellationToken);
        return ended.Select(p => new Key(p.Municipality, p.Client, p.CorporationId, p.UnitId)).ToHashSet();
    }
}
