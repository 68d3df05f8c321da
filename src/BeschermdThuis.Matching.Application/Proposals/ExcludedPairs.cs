using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Application.Proposals;

/// <summary>
/// The pairs no later match may propose again: those whose proposal ended in a decline (or an expiry or withdrawal where
/// the policy excludes those), unless the desk overrode the exclusion after that proposal ended.
/// </summary>
public static class ExcludedPairs
{
    public sealed record Key(MunicipalityCode Municipality, ClientReference Client, string CorporationId, string UnitId);

    public static async Task<IReadOnlySet<Key>> ListAsync(
        IProposalRepository proposals, ProposalPolicy policy, string regionId, CancellationToken cancellationToken)
    {
        var ended = await proposals.ListProposalsInStatesAsync(regionId,
            [ProposalState.DeclinedByCorporation, ProposalState.DeclinedByClient, ProposalState.Expired, ProposalState.Withdrawn], cancellationToken);
        var overrides = (await proposals.ListPairOverridesAsync(regionId, cancellationToken))
            .GroupBy(o => new Key(o.Municipality, o.Client, o.CorporationId, o.UnitId))
            .ToDictionary(g => g.Key, g => g.Max(o => o.At));
        return ended
            .Where(p => policy.ExcludesPair(p.State))
            .GroupBy(p => new Key(p.Municipality, p.Client, p.CorporationId, p.UnitId))
            .Where(g => !overrides.TryGetValue(g.Key, out var overriddenAt) || g.Max(p => p.UpdatedAt) > overriddenAt)
            .Select(g => g.Key)
            .ToHashSet();
    }
}
