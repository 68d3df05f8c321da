using BeschermdThuis.Matching.Domain.Affordability;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Api.Mapping.Enums;

/// <summary>
/// The client's enums between proto and domain, value by value. A proto value the domain does not know (UNSPECIFIED
/// among them) is bad input on the named field; a domain value the proto does not know is a bug.
/// </summary>
public static class ClientEnums
{
    /// <summary>The consent items in the order the proto numbers them, which is the order a client message lists them.</summary>
    public static readonly IReadOnlyList<ConsentScope> ConsentItems =
    [
        ConsentScope.HouseholdSize, ConsentScope.Needs, ConsentScope.SupportArrangement, ConsentScope.ReadinessDate, ConsentScope.IncomeBand,
        ConsentScope.ContractForm,
    ];

    public static IncomeBand ToDomain(V1.IncomeBand band, string field) => band switch
    {
        V1.IncomeBand.WithinPassendToewijzen => IncomeBand.WithinPassendToewijzen,
        V1.IncomeBand.WithinDaeb => IncomeBand.WithinDaeb,
        V1.IncomeBand.AboveDaeb => IncomeBand.AboveDaeb,
        _ => throw new DomainValidationException(field, "must be one of the income bands"),
    };

    public static V1.IncomeBand ToProto(IncomeBand band) => band switch
    {
        IncomeBand.WithinPassendToewijzen => V1.IncomeBand.WithinPassendToewijzen,
        IncomeBand.WithinDaeb => V1.IncomeBand.WithinDaeb,
        IncomeBand.AboveDaeb => V1.IncomeBand.AboveDaeb,
        _ => throw new ArgumentOutOfRangeException(nameof(band), band, "not an income band"),
    };

    public static ClientStatus ToDomain(V1.ClientStatus status, string field) => status switch
    {
        V1.ClientStatus.Waiting => ClientStatus.Waiting,
        V1.ClientStatus.Proposed => ClientStatus.Proposed,
        V1.ClientStatus.Housed => ClientStatus.Housed,
        V1.ClientStatus.Withdrawn => ClientStatus.Withdrawn,
        _ => throw new DomainValidationException(field, "must be one of the client statuses"),
    };

    public static V1.ClientStatus ToProto(ClientStatus status) => status switch
    {
        ClientStatus.Waiting => V1.ClientStatus.Waiting,
        ClientStatus.Proposed => V1.ClientStatus.Proposed,
        ClientStatus.Housed => V1.ClientStatus.Housed,
        ClientStatus.Withdrawn => V1.ClientStatus.Withdrawn,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "not a client status"),
    };

    public static SupportAnchorKind ToDomain(V1.SupportAnchorKind kind, string field) => kind switch
    {
        V1.SupportAnchorKind.CareTeamBase => SupportAnchorKind.CareTeamBase,
        V1.SupportAnchorKind.Family => SupportAnchorKind.Family,
        V1.SupportAnchorKind.RecoveryCollege => SupportAnchorKind.RecoveryCollege,
        V1.SupportAnchorKind.Other => SupportAnchorKind.Other,
        _ => throw new DomainValidationException(field, "must be a known anchor kind"),
    };

    public static V1.SupportAnchorKind ToProto(SupportAnchorKind kind) => kind switch
    {
        SupportAnchorKind.CareTeamBase => V1.SupportAnchorKind.CareTeamBase,
        SupportAnchorKind.Family => V1.SupportAnchorKind.Family,
        SupportAnchorKind.RecoveryCollege => V1.SupportAnchorKind.RecoveryCollege,
        SupportAnchorKind.Other => V1.SupportAnchorKind.Other,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a support anchor kind"),
    };

    /// <summary>One consent item as its flag in the client's consent scope.</summary>
    public static ConsentScope ToDomain(V1.ConsentItem item, string field) => item switch
    {
        V1.ConsentItem.HouseholdSize => ConsentScope.HouseholdSize,
        V1.ConsentItem.Needs => ConsentScope.Needs,
        V1.ConsentItem.SupportArrangement => ConsentScope.SupportArrangement,
        V1.ConsentItem.ReadinessDate => ConsentScope.ReadinessDate,
        V1.ConsentItem.IncomeBand => ConsentScope.IncomeBand,
        V1.ConsentItem.ContractForm => ConsentScope.ContractForm,
        _ => throw new DomainValidationException(field, "must be a known consent item"),
    };

    /// <summary>A single flag of the consent scope as its consent item; <see cref="ConsentScope.None"/> and combinations are no item.</summary>
    public static V1.ConsentItem ToProto(ConsentScope item) => item switch
    {
        ConsentScope.HouseholdSize => V1.ConsentItem.HouseholdSize,
        ConsentScope.Needs => V1.ConsentItem.Needs,
        ConsentScope.SupportArrangement => V1.ConsentItem.SupportArrangement,
        ConsentScope.ReadinessDate => V1.ConsentItem.ReadinessDate,
        ConsentScope.IncomeBand => V1.ConsentItem.IncomeBand,
        ConsentScope.ContractForm => V1.ConsentItem.ContractForm,
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, "not a single consent item"),
    };

    public static V1.RentLimitBasis ToProto(RentLimitBasis basis) => basis switch
    {
        RentLimitBasis.AftoppingsgrensLower => V1.RentLimitBasis.AftoppingsgrensLower,
        RentLimitBasis.AftoppingsgrensHigher => V1.RentLimitBasis.AftoppingsgrensHigher,
        RentLimitBasis.Liberalisatiegrens => V1.RentLimitBasis.Liberalisatiegrens,
        RentLimitBasis.NoSocialRent => V1.RentLimitBasis.NoSocialRent,
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, "not a rent limit basis"),
    };
}
