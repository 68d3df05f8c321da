using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Domain.Proposals;

/// <summary>Whether a pair whose proposal ended this way may be proposed again by a later match.</summary>
public enum ReofferRule
{
    /// <summary>The pair takes part in later matches again.</summary>
    Allow = 1,

    /// <summary>The pair is excluded from later matches, unless the desk overrides it with a justification.</summary>
    Exclude = 2,
}

/// <summary>
/// The configured rules of the proposal workflow (<c>config/proposal-policy.json</c>): how long each party has to
/// answer, the reasons each side may give for a decline, and whether expired and withdrawn pairs may come back. A
/// declined pair never comes back by itself (principle 4: a "no" is heard).
/// </summary>
public sealed record ProposalPolicy
{
    public ProposalPolicy(
        TimeSpan corporationResponseTime,
        TimeSpan clientResponseTime,
        IReadOnlyList<DeclineReason> corporationReasons,
        IReadOnlyList<DeclineReason> clientReasons,
        ReofferRule expired,
        ReofferRule withdrawn)
    {
        new Validator()
            .Require(corporationResponseTime > TimeSpan.Zero && corporationResponseTime <= MaxResponseTime, "responseDeadlines.corporationDays", "must be between 1 day and 365 days")
            .Require(clientResponseTime > TimeSpan.Zero && clientResponseTime <= MaxResponseTime, "responseDeadlines.clientDays", "must be between 1 day and 365 days")
            .Nested("declineReasons.corporation", () => CheckReasons(corporationReasons))
            .Nested("declineReasons.client", () => CheckReasons(clientReasons))
            .Require(Enum.IsDefined(expired), "reoffer.expired", "must be allow or exclude")
            .Require(Enum.IsDefined(withdrawn), "reoffer.withdrawn", "must be allow or exclude")
            .ThrowIfInvalid();
        CorporationResponseTime = corporationResponseTime;
        ClientResponseTime = clientResponseTime;
        CorporationReasons = corporationReasons;
        ClientReasons = clientReasons;
        Expired = expired;
        Withdrawn = withdrawn;
    }

    private static readonly TimeSpan MaxResponseTime = TimeSpan.FromDays(365);

    public TimeSpan CorporationResponseTime { get; }

    public TimeSpan ClientResponseTime { get; }

    public IReadOnlyList<DeclineReason> CorporationReasons { get; }

    public IReadOnlyList<DeclineReason> ClientReasons { get; }

    public ReofferRule Expired { get; }

    public ReofferRule Withdrawn { get; }

    public IReadOnlyList<DeclineReason> DeclineReasons(DeclineSide side) => side == DeclineSide.Corporation ? CorporationReasons : ClientReasons;

    /// <summary>The configured reason with this code for this side.</summary>
    /// <exception cref="DomainValidationException">The side has no such reason; the message lists the codes it has.</exception>
    public DeclineReason Reason(DeclineSide side, string code) =>
        DeclineReasons(side).FirstOrDefault(r => r.Code == code)
        ?? throw new DomainValidationException("reason_code",
            $"{FreeText.Quote(code)} is not a decline reason of the {side.ToString().ToLowerInvariant()}; one of: {string.Join(", ", DeclineReasons(side).Select(r => r.Code))}");

    /// <summary>The response deadline that starts when a proposal enters <paramref name="state"/>, or null when no answer is awaited.</summary>
    public DateTimeOffset? DeadlineFor(ProposalState state, DateTimeOffset enteredAt) => ProposalLifecycle.AwaitedAnswer(state) switch
    {
        ProposalActor.Corporation => enteredAt + CorporationResponseTime,
        ProposalActor.Desk => enteredAt + ClientResponseTime,
        _ => null,
    };

    /// <summary>Whether a pair whose proposal ended in <paramref name="final"/> is kept out of later matches (until overridden).</summary>
    public bool ExcludesPair(ProposalState final) => final switch
    {
        ProposalState.DeclinedByCorporation or ProposalState.DeclinedByClient => true,
        ProposalState.Expired => Expired == ReofferRule.Exclude,
        ProposalState.Withdrawn => Withdrawn == ReofferRule.Exclude,
        _ => false,
    };

    private static void CheckReasons(IReadOnlyList<DeclineReason> reasons)
    {
        var v = new Validator().Require(reasons.Count > 0, "", "at least one reason is needed");
        for (var i = 0; i < reasons.Count; i++)
        {
            v.Require(ResourceId.IsValid(reasons[i].Code), $"[{i}].code", ResourceId.Description)
             .Text(reasons[i].Label, $"[{i}].label");
        }
        v.Require(reasons.Select(r => r.Code).Distinct(StringComparer.Ordinal).Count() == reasons.Count, "", "codes must be unique")
         .ThrowIfInvalid();
    }
}
