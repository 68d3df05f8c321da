using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.Application.Proposals;

/// <summary>
/// What the corporation that receives a proposal sees of the client: only what the client consented to share
/// (<see cref="ConsentScope"/>; nothing by default), and never where the client comes from, the recovery constraints,
/// the wishes or anything medical (those have no place here at all). Null fields were not consented to.
/// </summary>
/// <remarks>
/// <see cref="SupportArranged"/> and <see cref="SupportStartsOn"/> say whether a care team has confirmed support and
/// from when (principle 6), not which team. <see cref="ReadyFrom"/> is the client's readiness date: the wished move date.
/// </remarks>
public sealed record SharedClient(
    int? HouseholdSize,
    Needs? Needs,
    bool? SupportArranged,
    DateOnly? SupportStartsOn,
    DateOnly? ReadyFrom,
    IncomeBand? IncomeBand,
    ContractForm? ContractForm)
{
    public static readonly SharedClient Nothing = new(null, null, null, null, null, null, null);

    /// <summary>The client as far as <paramref name="client"/>'s consent goes; nothing when the client is gone.</summary>
    public static SharedClient From(Client? client, Proposal proposal)
    {
        if (client is null)
        {
            return Nothing;
        }
        bool Consented(ConsentScope item) => client.Consent.HasFlag(item);
        var support = Consented(ConsentScope.SupportArrangement);
        return new SharedClient(
            Consented(ConsentScope.HouseholdSize) ? client.HouseholdSize : null,
            Consented(ConsentScope.Needs) ? client.Needs : null,
            support ? proposal.Support is not null : null,
            support ? proposal.Support?.StartsOn : null,
            Consented(ConsentScope.ReadinessDate) ? client.ReadinessDate : null,
            Consented(ConsentScope.IncomeBand) ? client.IncomeBand : null,
            Consented(ConsentScope.ContractForm) ? client.ContractForm : null);
    }
}
