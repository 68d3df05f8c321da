using BeschermdThuis.Matching.Domain.Audit;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Application.Proposals;

/// <summary>
/// Reads the audit trail, per proposal, client or unit, for whoever may see that subject: the client's desk its
/// client's lines and its proposals', the corporation its unit's lines and the proposals for its units. Nobody can
/// change or delete a line (there is no such call, and the database refuses it).
/// </summary>
public sealed class AuditApplicationService(IAuditTrail audit, IProposalRepository proposals, MatchingOptions matching, ClientPseudonyms pseudonyms)
{
    public async Task<Page<AuditEntry>> ListForProposalAsync(Party party, string regionId, string proposalId, PageRequest page, CancellationToken cancellationToken)
    {
        matching.EnsureServes(regionId);
        var proposal = await proposals.GetProposalAsync(regionId, proposalId, cancellationToken)
            ?? throw new NotFoundException(ResourceNames.Proposal(regionId, proposalId));
        AccessPolicy.EnsureCanSeeProposal(party, proposal.Value);
        return AsSeenBy(party, await audit.ListAuditEntriesAsync(regionId, new AuditQuery(ProposalId: proposalId), page, cancellationToken));
    }

    public async Task<Page<AuditEntry>> ListForClientAsync(
        Party party, string regionId, MunicipalityCode municipality, ClientReference client, PageRequest page, CancellationToken cancellationToken)
    {
        matching.EnsureServes(regionId);
        AccessPolicy.EnsureCanSeeClient(party, municipality, client);
        return await audit.ListAuditEntriesAsync(regionId, new AuditQuery(ClientPseudonym: pseudonyms.Of(municipality, client)), page, cancellationToken);
    }

    /// <summary>A unit's lines for its corporation, without the client's pseudonym.</summary>
    public async Task<Page<AuditEntry>> ListForUnitAsync(
        Party party, string regionId, string corporationId, string unitId, PageRequest page, CancellationToken cancellationToken)
    {
        matching.EnsureServes(regionId);
        AccessPolicy.EnsureCanSeeUnit(party, corporationId, unitId);
        return AsSeenBy(party, await audit.ListAuditEntriesAsync(regionId, new AuditQuery(CorporationId: corporationId, UnitId: unitId), page, cancellationToken));
    }

    // A corporation does not get the client's pseudonym: it would link one client's lines across the corporation's units.
    private static Page<AuditEntry> AsSeenBy(Party party, Page<AuditEntry> page) =>
        party.Kind == PartyKind.HousingCorporation
            ? page with { Items = [.. page.Items.Select(e => e with { ClientPseudonym = null })] }
            : page;

}
