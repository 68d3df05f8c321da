using BeschermdThuis.Matching.Domain.Proposals;

namespace BeschermdThuis.Matching.Application.Proposals;

/// <summary>
/// A proposal as one party sees it: <see cref="Audience"/> is that party's role (the desk sees the client reference
/// and the client's own reasons; the corporation sees neither, only <see cref="Shared"/>: what the client consented to
/// share). <see cref="Shared"/> is null for the desk, which sees the client itself.
/// </summary>
public sealed record ProposalView(Proposal Proposal, long Version, ProposalActor Audience, SharedClient? Shared = null)
{
    public string ETag => ETags.Of(Version);

    public string Name => ResourceNames.Proposal(Proposal.RegionId, Proposal.Id);
}
