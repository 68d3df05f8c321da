namespace BeschermdThuis.Matching.Domain.Proposals;

/// <summary>
/// Every legal move of a proposal, in one table: from a state, an actor doing an action brings it to the next state.
/// Whatever is not in the table is illegal, and the answer names the current state and what may happen next.
/// <code>
/// | from                   | action   | actor       | to                     |
/// |------------------------|----------|-------------|------------------------|
/// | Draft                  | Propose  | Desk        | ProposedToCorporation  |
/// | ProposedToCorporation  | Accept   | Corporation | AcceptedByCorporation  |
/// | ProposedToCorporation  | Decline  | Corporation | DeclinedByCorporation  |
/// | ProposedToCorporation  | Expire   | Clock       | Expired                |
/// | AcceptedByCorporation  | Offer    | Desk        | OfferedToClient        |
/// | AcceptedByCorporation  | Decline  | Corporation | DeclinedByCorporation  |
/// | OfferedToClient        | Accept   | Desk        | AcceptedByClient       |
/// | OfferedToClient        | Decline  | Desk        | DeclinedByClient       |
/// | OfferedToClient        | Expire   | Clock       | Expired                |
/// | AcceptedByClient       | Sign     | Corporation | TenancySigned          |
/// | AcceptedByClient       | Decline  | Corporation | DeclinedByCorporation  |
/// | Draft or active        | Withdraw | Desk        | Withdrawn              |
/// </code>
/// A corporation may still decline after it accepted (the unit became unavailable, support could not be arranged)
/// until the tenancy is signed. Signing needs confirmed support as well (<see cref="Proposal.Sign"/>).
/// </summary>
public static class ProposalLifecycle
{
    public sealed record Transition(ProposalState From, ProposalAction Action, ProposalActor Actor, ProposalState To);

    public static readonly IReadOnlyList<Transition> Table =
    [
        new(ProposalState.Draft, ProposalAction.Propose, ProposalActor.Desk, ProposalState.ProposedToCorporation),
        new(ProposalState.ProposedToCorporation, ProposalAction.Accept, ProposalActor.Corporation, ProposalState.AcceptedByCorporation),
        new(ProposalState.ProposedToCorporation, ProposalAction.Decline, ProposalActor.Corporation, ProposalState.DeclinedByCorporation),
        new(ProposalState.ProposedToCorporation, ProposalAction.Expire, ProposalActor.Clock, ProposalState.Expired),
        new(ProposalState.AcceptedByCorporation, ProposalAction.Offer, ProposalActor.Desk, ProposalState.OfferedToClient),
        new(ProposalState.AcceptedByCorporation, ProposalAction.Decline, ProposalActor.Corporation, ProposalState.DeclinedByCorporation),
        new(ProposalState.OfferedToClient, ProposalAction.Accept, ProposalActor.Desk, ProposalState.AcceptedByClient),
        new(ProposalState.OfferedToClient, ProposalAction.Decline, ProposalActor.Desk, ProposalState.DeclinedByClient),
        new(ProposalState.OfferedToClient, ProposalAction.Expire, ProposalActor.Clock, ProposalState.Expired),
        new(ProposalState.AcceptedByClient, ProposalAction.Sign, ProposalActor.Corporation, ProposalState.TenancySigned),
        new(ProposalState.AcceptedByClient, ProposalAction.Decline, ProposalActor.Corporation, ProposalState.DeclinedByCorporation),
        .. ProposalStates.Open.Select(state => new Transition(state, ProposalAction.Withdraw, ProposalActor.Desk, ProposalState.Withdrawn)),
    ];

    /// <summary>The state <paramref name="actor"/> doing <paramref name="action"/> brings a proposal in <paramref name="from"/> to.</summary>
    /// <exception cref="IllegalTransitionException">The table has no such move.</exception>
    public static ProposalState Next(ProposalState from, ProposalAction action, ProposalActor actor) =>
        Table.FirstOrDefault(t => t.From == from && t.Action == action && t.Actor == actor)?.To
        ?? throw new IllegalTransitionException(from, $"{action} by {actor}", Allowed(from));

    /// <summary>What may happen next to a proposal in <paramref name="from"/>, by whom.</summary>
    public static IReadOnlyList<Transition> Allowed(ProposalState from) => [.. Table.Where(t => t.From == from)];

    /// <summary>The deadline that runs in <paramref name="state"/>: whose answer is awaited, or null when nobody's is.</summary>
    public static ProposalActor? AwaitedAnswer(ProposalState state) => state switch
    {
        ProposalState.ProposedToCorporation => ProposalActor.Corporation,
        ProposalState.OfferedToClient => ProposalActor.Desk,
        _ => null,
    };
}

/// <summary>A move the lifecycle does not allow; the message names the current state and the allowed next moves.</summary>
public sealed class IllegalTransitionException(
    ProposalState current, string attempted, IReadOnlyList<ProposalLifecycle.Transition> allowed)
    : Exception(Describe(current, attempted, allowed))
{
    public ProposalState Current { get; } = current;

    public IReadOnlyList<ProposalLifecycle.Transition> AllowedNext { get; } = allowed;

    private static string Describe(ProposalState current, string attempted, IReadOnlyList<ProposalLifecycle.Transition> allowed)
    {
        var next = allowed.Count == 0
            ? "none: the proposal is final"
            : string.Join(", ", allowed.Select(t => $"{t.Action} by {t.Actor} -> {t.To}"));
        return $"{attempted} is not allowed: the proposal is {current}; allowed next: {next}";
    }
}
