using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Proposals;

namespace BeschermdThuis.Matching.Application;

public static partial class AccessPolicy
{
    /// <summary>
    /// The role a party has on a proposal: the desk of the client's municipality, or the corporation that owns the unit
    /// once the proposal has reached it (a draft is the desk's own deliberation). Anyone else is answered as if the
    /// proposal did not exist.
    /// </summary>
    public static ProposalActor EnsureCanSeeProposal(Party party, Proposal proposal) =>
        party.IsDeskOf(proposal.Municipality) ? ProposalActor.Desk
        : CorporationSees(party, proposal) ? ProposalActor.Corporation
        : throw new NotFoundException(ResourceNames.Proposal(proposal.RegionId, proposal.Id));

    /// <summary>The unit's corporation sees a proposal from the moment it is proposed to it; never a draft.</summary>
    public static bool CorporationSees(Party party, Proposal proposal) =>
        party.IsCorporation(proposal.CorporationId) && proposal.State != ProposalState.Draft;

    /// <summary>
    /// A move the party's role never makes (a corporation proposing or withdrawing, a desk signing) is not permitted,
    /// whatever the state; a move the role makes in other states only is the lifecycle's to refuse (FailedPrecondition).
    /// </summary>
    public static void EnsureRoleMakes(Party party, ProposalActor role, ProposalAction action)
    {
        if (!ProposalLifecycle.Table.Any(t => t.Action == action && t.Actor == role))
        {
            throw Denied(party, $"{action} is not a move of the {(role == ProposalActor.Desk ? "client's desk" : "unit's corporation")}");
        }
    }

    /// <summary>Only the desk of the client's municipality drafts proposals and overrides exclusions.</summary>
    public static void EnsureCanDraftProposals(Party party, Domain.Geography.MunicipalityCode municipality)
    {
        if (!party.IsDeskOf(municipality))
        {
            throw Denied(party, "only the desk of the client's municipality proposes its clients and overrides their exclusions");
        }
    }
}
