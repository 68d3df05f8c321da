namespace BeschermdThuis.Matching.Domain.Proposals;

/// <summary>
/// Where a proposal stands on its way from a matched pair to a signed tenancy. The first six follow each other; the
/// last four end a proposal early. See <see cref="ProposalLifecycle"/> for who may move it where.
/// </summary>
public enum ProposalState
{
    /// <summary>A pair taken from a stored match run; nobody outside the desk has seen it.</summary>
    Draft = 1,

    /// <summary>Sent to the corporation that owns the unit, which answers before its response deadline.</summary>
    ProposedToCorporation = 2,

    /// <summary>The corporation is willing to let the unit to this client.</summary>
    AcceptedByCorporation = 3,

    /// <summary>The desk has offered the unit to the client, who answers before the client's response deadline.</summary>
    OfferedToClient = 4,

    /// <summary>The client said yes; the tenancy can be signed once support is in place.</summary>
    AcceptedByClient = 5,

    /// <summary>The tenancy is signed: a placement (final).</summary>
    TenancySigned = 6,

    /// <summary>The corporation said no, with a reason (final).</summary>
    DeclinedByCorporation = 7,

    /// <summary>The client said no, with a reason (final).</summary>
    DeclinedByClient = 8,

    /// <summary>Nobody answered before the response deadline (final).</summary>
    Expired = 9,

    /// <summary>The desk took the proposal back (final).</summary>
    Withdrawn = 10,
}

public static class ProposalStates
{
    /// <summary>
    /// The states in which a proposal holds its client and its unit: at most one such proposal per client and per unit,
    /// which the database enforces with a unique index over exactly these states. A draft holds nothing yet (a desk may
    /// prepare several for one unit); the race for the unit is decided when a draft is proposed.
    /// </summary>
    public static readonly IReadOnlyList<ProposalState> Active =
    [
        ProposalState.ProposedToCorporation, ProposalState.AcceptedByCorporation,
        ProposalState.OfferedToClient, ProposalState.AcceptedByClient,
    ];

    /// <summary>The states from which a proposal can still move: a draft and the active states.</summary>
    public static readonly IReadOnlyList<ProposalState> Open = [ProposalState.Draft, .. Active];

    /// <summary>The states in which a proposal ended without a tenancy: the ones that can keep a pair out of later matches.</summary>
    public static readonly IReadOnlyList<ProposalState> Ended =
    [
        ProposalState.DeclinedByCorporation, ProposalState.DeclinedByClient, ProposalState.Expired, ProposalState.Withdrawn,
    ];

    public static bool IsActive(this ProposalState state) => Active.Contains(state);

    public static bool IsFinal(this ProposalState state) => !Open.Contains(state);
}
