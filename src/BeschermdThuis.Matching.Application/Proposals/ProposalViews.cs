using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Application.Proposals;

internal static class ProposalViews
{
    /// <summary>The corporation gets what the client consented to share; the desk sees the client itself.</summary>
    public static async Task<ProposalView> ForAsync(
        IClientRepository clients, Versioned<Proposal> proposal, ProposalActor audience, CancellationToken cancellationToken) =>
        audience == ProposalActor.Corporation
            ? new ProposalView(proposal.Value, proposal.Version, audience,
                SharedClient.From(await clients.GetClientAsync(proposal.Value.Municipality, proposal.Value.Client, cancellationToken), proposal.Value))
            : new ProposalView(proposal.Value, proposal.Version, audience);
}
