using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Domain.Proposals;

/// <summary>
/// One client–unit pair on its way from a match run to a signed tenancy. Immutable: every step returns the proposal as
/// it is after the step, and the store keeps it only if nobody else changed it meanwhile (its version, shown as an etag).
/// </summary>
/// <remarks>
/// <see cref="RespondBy"/> is the response deadline of the party whose answer is awaited now
/// (<see cref="ProposalLifecycle.AwaitedAnswer"/>), or null. <see cref="Neighbourhood"/> is where the unit lies, kept
/// so that a signed tenancy counts in the right neighbourhood even when the unit is changed later.
/// </remarks>
public sealed record Proposal(
    string Id,
    string RegionId,
    string RunId,
    MunicipalityCode Municipality,
    ClientReference Client,
    string CorporationId,
    string UnitId,
    NeighbourhoodCode Neighbourhood,
    ProposalState State,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? RespondBy,
    SupportConfirmation? Support,
    DateOnly? MoveDate,
    Decision? Decision)
{
    /// <summary>A draft from a pair of a stored match run.</summary>
    public static Proposal Draft(
        string regionId, string runId, MunicipalityCode municipality, ClientReference client, string corporationId, string unitId,
        NeighbourhoodCode neighbourhood, DateTimeOffset now) =>
        new(ProposalId.New(now), regionId, runId, municipality, client, corporationId, unitId, neighbourhood,
            ProposalState.Draft, now, now, null, null, null, null);

    /// <summary>Propose, accept, offer, withdraw or expire: a move of the lifecycle without more to record.</summary>
    /// <exception cref="IllegalTransitionException">The lifecycle does not allow the move.</exception>
    public Proposal Apply(ProposalAction action, ProposalActor actor, DateTimeOffset now, ProposalPolicy policy)
    {
        if (action is ProposalAction.Decline or ProposalAction.Sign)
        {
            throw new ArgumentException($"{action} carries more than the move: use {action}()", nameof(action));
        }
        return MoveTo(ProposalLifecycle.Next(State, action, actor), now, policy);
    }

    /// <summary>A "no" from the side whose answer is awaited (or from the corporation until signing), with a configured reason.</summary>
    /// <exception cref="IllegalTransitionException">The lifecycle does not allow the move.</exception>
    /// <exception cref="Common.DomainValidationException">The reason is not one the side may give, or the text is not valid.</exception>
    public Proposal Decline(ProposalActor actor, string reasonCode, string? text, DateTimeOffset now, ProposalPolicy policy)
    {
        var next = ProposalLifecycle.Next(State, ProposalAction.Decline, actor);
        var side = next == ProposalState.DeclinedByClient ? DeclineSide.Client : DeclineSide.Corporation;
        var reason = policy.Reason(side, reasonCode);
        return MoveTo(next, now, policy) with { Decision = new Decision(side, reason, text, now) };
    }

    /// <summary>Support from a care team is confirmed (any time before the proposal is final).</summary>
    /// <exception cref="IllegalTransitionException">The proposal is final.</exception>
    public Proposal ConfirmSupport(SupportConfirmation support, DateTimeOffset now)
    {
        if (State.IsFinal())
        {
            throw new IllegalTransitionException(State, "confirming support", ProposalLifecycle.Allowed(State));
        }
        return this with { Support = support, UpdatedAt = now };
    }

    /// <summary>The tenancy is signed, moving in on <paramref name="moveDate"/>.</summary>
    /// <exception cref="IllegalTransitionException">The lifecycle does not allow the move.</exception>
    /// <exception cref="SupportNotInPlaceException">No support is confirmed, or the move would come before it starts.</exception>
    public Proposal Sign(ProposalActor actor, DateOnly moveDate, DateTimeOffset now, ProposalPolicy policy)
    {
        var next = ProposalLifecycle.Next(State, ProposalAction.Sign, actor);
        if (Support is null)
        {
            throw new SupportNotInPlaceException($"proposal {Id}: no support is confirmed; a tenancy is signed only when support from a care team is in place (principle 6)");
        }
        if (moveDate < Support.StartsOn)
        {
            throw new SupportNotInPlaceException(
                $"proposal {Id}: the move date {moveDate:yyyy-MM-dd} comes before support by {Support.CareTeamId} starts on {Support.StartsOn:yyyy-MM-dd}");
        }
        return MoveTo(next, now, policy) with { MoveDate = moveDate };
    }

    /// <summary>True when an answer is awaited and its deadline has passed.</summary>
    public bool IsOverdue(DateTimeOffset now) => RespondBy is { } deadline && now > deadline;

    private Proposal MoveTo(ProposalState next, DateTimeOffset now, ProposalPolicy policy) =>
        this with { State = next, UpdatedAt = now, RespondBy = policy.DeadlineFor(next, now) };
}

/// <summary>A tenancy cannot be signed: support is not confirmed, or not yet in place on the move date.</summary>
public sealed class SupportNotInPlaceException(string message) : Exception(message);
