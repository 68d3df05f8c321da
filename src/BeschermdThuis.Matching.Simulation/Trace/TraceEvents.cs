using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Solver.Explanations;

namespace BeschermdThuis.Matching.Simulation.Trace;

/// <summary>A client who became ready to leave protected housing and joined the queue on <paramref name="ArrivalDate"/>.</summary>
public sealed record ClientArrival(
    ClientReference Client,
    MunicipalityCode Municipality,
    int HouseholdSize,
    DateOnly ReadinessDate,
    DateOnly ArrivalDate);

/// <summary>A unit a corporation offered, available from <paramref name="AvailableFrom"/>.</summary>
public sealed record UnitOffer(
    string UnitId,
    string CorporationId,
    MunicipalityCode Municipality,
    NeighbourhoodCode Neighbourhood,
    DateOnly AvailableFrom,
    TenancyKind Tenancy,
    ContractForm ContractForm);

/// <summary>
/// A pair the engine proposed and what became of it, following the proposal lifecycle: <paramref name="Outcome"/> is
/// <see cref="ProposalState.TenancySigned"/>, <see cref="ProposalState.DeclinedByCorporation"/> (asked first) or
/// <see cref="ProposalState.DeclinedByClient"/>. A declined pair is never proposed again.
/// </summary>
public sealed record ProposalOutcome(ClientReference Client, string UnitId, string CorporationId, ProposalState Outcome);

/// <summary>
/// A signed tenancy. <paramref name="WishRank"/> is the rank of the client's area wish the unit lies in (null: none of
/// the wished areas, or the client named none); <paramref name="WaitDays"/> the days from the readiness date to the move,
/// 0 when the client moved on or before readiness. <paramref name="AgreementIds"/> are the agreements the placement counts
/// under (the unit's corporation and municipality, the move in the agreement's period). <paramref name="CareTeamId"/> is
/// the team that supports the client there.
/// </summary>
public sealed record Placement(
    ClientReference Client,
    MunicipalityCode ClientMunicipality,
    int HouseholdSize,
    DateOnly ReadinessDate,
    string UnitId,
    string CorporationId,
    MunicipalityCode Municipality,
    NeighbourhoodCode Neighbourhood,
    int? WishRank,
    TenancyKind Tenancy,
    ContractForm ContractForm,
    DateOnly MoveDate,
    int WaitDays,
    string? CareTeamId,
    IReadOnlyList<string> AgreementIds)
{
    public bool Equals(Placement? other) =>
        other is not null
        && Client == other.Client && ClientMunicipality == other.ClientMunicipality && HouseholdSize == other.HouseholdSize
        && ReadinessDate == other.ReadinessDate && UnitId == other.UnitId && CorporationId == other.CorporationId
        && Municipality == other.Municipality && Neighbourhood == other.Neighbourhood && WishRank == other.WishRank
        && Tenancy == other.Tenancy && ContractForm == other.ContractForm && MoveDate == other.MoveDate
        && WaitDays == other.WaitDays && CareTeamId == other.CareTeamId && AgreementIds.SequenceEqual(other.AgreementIds);

    public override int GetHashCode() => HashCode.Combine(Client, UnitId, MoveDate);
}

/// <summary>Why a client is still waiting at a period's end.</summary>
public enum WaitReason
{
    /// <summary>No unit passed every rule for the client; <see cref="WaitingClient.RuleCode"/> is the rule that excluded most.</summary>
    NoEligibleUnit = 1,

    /// <summary>Units were eligible, but each went to another client or a limit or higher goal kept it free.</summary>
    EligibleUnitsWentToOthers = 2,

    /// <summary>The client was proposed a unit this period and the proposal was declined.</summary>
    ProposalDeclined = 3,
}

/// <summary>
/// A client in the queue at a period's end. <paramref name="DaysPastReadiness"/> counts to the period's last day
/// (negative: not ready yet). <paramref name="RuleCode"/> is the rule id the engine's explanation names (e.g.
/// <c>area.capacity</c>), when it names one; <paramref name="Reasons"/> is that explanation in full.
/// </summary>
public sealed record WaitingClient(
    ClientReference Client,
    MunicipalityCode Municipality,
    int HouseholdSize,
    DateOnly ReadinessDate,
    int DaysPastReadiness,
    WaitReason Reason,
    string? RuleCode,
    IReadOnlyList<Reason> Reasons)
{
    public bool Equals(WaitingClient? other) =>
        other is not null
        && Client == other.Client && Municipality == other.Municipality && HouseholdSize == other.HouseholdSize
        && ReadinessDate == other.ReadinessDate && DaysPastReadiness == other.DaysPastReadiness && Reason == other.Reason
        && RuleCode == other.RuleCode && Reasons.SequenceEqual(other.Reasons);

    public override int GetHashCode() => HashCode.Combine(Client, DaysPastReadiness, Reason);
}

/// <summary>
/// A neighbourhood's limits as the simulation applied them: at most <paramref name="NewPlacementsPerPeriod"/> new
/// placements per period and at most <paramref name="Ceiling"/> protected homes in all, with
/// <paramref name="ExistingProtectedHomesAtStart"/> there before the first period.
/// </summary>
public sealed record NeighbourhoodLimit(
    NeighbourhoodCode Neighbourhood,
    MunicipalityCode Municipality,
    string Name,
    int Inhabitants,
    int ExistingProtectedHomesAtStart,
    int NewPlacementsPerPeriod,
    int Ceiling);

/// <summary>A performance agreement in force during the simulation: <paramref name="TargetUnits"/> placements (at most <paramref name="CapUnits"/>).</summary>
public sealed record AgreementTarget(
    string AgreementId,
    string CorporationId,
    MunicipalityCode Municipality,
    DateRange Period,
    int TargetUnits,
    int? CapUnits);
