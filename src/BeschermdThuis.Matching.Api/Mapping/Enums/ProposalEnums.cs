using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Proposals;

namespace BeschermdThuis.Matching.Api.Mapping.Enums;

/// <summary>
/// The proposal's enums between proto and domain, value by value. The state comes in as a list filter (UNSPECIFIED
/// there means no filter, which the caller decides before asking); a proto value the domain does not know is bad input
/// on the named field, a domain value the proto does not know is a bug.
/// </summary>
public static class ProposalEnums
{
    public static ProposalState ToDomain(V1.ProposalState state, string field) => state switch
    {
        V1.ProposalState.Draft => ProposalState.Draft,
        V1.ProposalState.ProposedToCorporation => ProposalState.ProposedToCorporation,
        V1.ProposalState.AcceptedByCorporation => ProposalState.AcceptedByCorporation,
        V1.ProposalState.OfferedToClient => ProposalState.OfferedToClient,
        V1.ProposalState.AcceptedByClient => ProposalState.AcceptedByClient,
        V1.ProposalState.TenancySigned => ProposalState.TenancySigned,
        V1.ProposalState.DeclinedByCorporation => ProposalState.DeclinedByCorporation,
        V1.ProposalState.DeclinedByClient => ProposalState.DeclinedByClient,
        V1.ProposalState.Expired => ProposalState.Expired,
        V1.ProposalState.Withdrawn => ProposalState.Withdrawn,
        _ => throw new DomainValidationException(field, "must be one of the proposal states"),
    };

    public static V1.ProposalState ToProto(ProposalState state) => state switch
    {
        ProposalState.Draft => V1.ProposalState.Draft,
        ProposalState.ProposedToCorporation => V1.ProposalState.ProposedToCorporation,
        ProposalState.AcceptedByCorporation => V1.ProposalState.AcceptedByCorporation,
        ProposalState.OfferedToClient => V1.ProposalState.OfferedToClient,
        ProposalState.AcceptedByClient => V1.ProposalState.AcceptedByClient,
        ProposalState.TenancySigned => V1.ProposalState.TenancySigned,
        ProposalState.DeclinedByCorporation => V1.ProposalState.DeclinedByCorporation,
        ProposalState.DeclinedByClient => V1.ProposalState.DeclinedByClient,
        ProposalState.Expired => V1.ProposalState.Expired,
        ProposalState.Withdrawn => V1.ProposalState.Withdrawn,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "not a proposal state"),
    };

    public static DeclineSide ToDomain(V1.DeclineSide side, string field) => side switch
    {
        V1.DeclineSide.Corporation => DeclineSide.Corporation,
        V1.DeclineSide.Client => DeclineSide.Client,
        _ => throw new DomainValidationException(field, "must be corporation or client"),
    };

    public static V1.DeclineSide ToProto(DeclineSide side) => side switch
    {
        DeclineSide.Corporation => V1.DeclineSide.Corporation,
        DeclineSide.Client => V1.DeclineSide.Client,
        _ => throw new ArgumentOutOfRangeException(nameof(side), side, "not a decline side"),
    };
}
