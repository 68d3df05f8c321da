namespace BeschermdThuis.Matching.Domain.Proposals;

/// <summary>What a party does to a proposal. Each action is one custom method of the API (AIP-136).</summary>
public enum ProposalAction
{
    /// <summary>The desk sends the draft to the unit's corporation.</summary>
    Propose = 1,

    /// <summary>The desk records the answer of the corporation or the client, whoever is asked now: yes.</summary>
    Accept = 2,

    /// <summary>The party asked now says no, with a reason.</summary>
    Decline = 3,

    /// <summary>The desk offers the unit, which the corporation accepted, to the client.</summary>
    Offer = 4,

    /// <summary>The corporation records the signed tenancy.</summary>
    Sign = 5,

    /// <summary>The desk takes the proposal back.</summary>
    Withdraw = 6,

    /// <summary>The clock: the response deadline passed without an answer.</summary>
    Expire = 7,
}

/// <summary>
/// Who acts on a proposal. The client is not a party of the service: the client's municipal desk records the client's
/// answers (the client is pseudonymous here and talks to the desk).
/// </summary>
public enum ProposalActor
{
    /// <summary>The municipal desk of the client's municipality.</summary>
    Desk = 1,

    /// <summary>The housing corporation that owns the unit.</summary>
    Corporation = 2,

    /// <summary>The service itself, when a response deadline passes.</summary>
    Clock = 3,
}
