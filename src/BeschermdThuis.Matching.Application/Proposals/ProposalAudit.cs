using BeschermdThuis.Matching.Domain.Audit;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Proposals;

namespace BeschermdThuis.Matching.Application.Proposals;

/// <summary>The audit lines of the proposal workflow: who moved which proposal from which state to which, and why.</summary>
internal static class ProposalAudit
{
    /// <summary>The actor of an expiry: the service's clock, not a party.</summary>
    public const string Clock = "Clock";

    public static AuditEntry Change(string actor, string action, Proposal? before, Proposal after, string? reason, ClientPseudonyms pseudonyms) =>
        new(0, after.RegionId, after.UpdatedAt, actor, AuditSubjectKind.Proposal, after.Id, action,
            before?.State.ToString(), after.State.ToString(), reason,
            pseudonyms.Of(after.Municipality, after.Client), after.CorporationId, after.UnitId);

    public static AuditEntry Override(Party party, PairOverride pairOverride, ClientPseudonyms pseudonyms) =>
        new(0, pairOverride.RegionId, pairOverride.At, party.ToString(), AuditSubjectKind.PairOverride,
            $"{pairOverride.CorporationId}/{pairOverride.UnitId}", "OverrideExclusion", "Excluded", "Allowed", "justification stored with the override",
            pseudonyms.Of(pairOverride.Municipality, pairOverride.Client), pairOverride.CorporationId, pairOverride.UnitId);
}
