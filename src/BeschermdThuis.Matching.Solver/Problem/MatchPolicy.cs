using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Solver.Problem;

/// <summary>
/// The policy numbers of matching: the order of the goals and the weights of the terms inside each goal.
/// All of it is configuration (<c>config/matching-policy.json</c>), bound from JSON; <see cref="Validate"/> checks it.
/// Every score is an integer so the solver's objectives are exact.
/// </summary>
public sealed record MatchPolicy
{
    public required IReadOnlyList<MatchGoal> Tiers { get; init; }

    public required HousingWeights Housing { get; init; }

    public required WishWeights Wishes { get; init; }

    public required RecoveryWeights Recovery { get; init; }

    public required StabilityWeights Stability { get; init; }

    public required SpreadWeights Spread { get; init; }

    public required AvailabilityWindow Availability { get; init; }

    /// <summary>Household size vs rooms: a unit needs at least ceil(household / this) rooms.</summary>
    public required int PersonsPerRoom { get; init; }

    /// <summary>Throws a <see cref="DomainValidationException"/> listing every wrong number.</summary>
    public MatchPolicy Validate()
    {
        var v = new Validator()
            .Require(Tiers.Count > 0, "tiers", "must name at least one goal")
            .Require(Tiers.Distinct().Count() == Tiers.Count, "tiers", "must not name a goal twice")
            .Require(Tiers.All(Enum.IsDefined), "tiers", "must be known goals")
            .Require(PersonsPerRoom is >= 1 and <= 12, "persons_per_room", "must be between 1 and 12")
            .Require(Housing.BasePerClient is >= 1 and <= 1_000_000, "housing.base_per_client", "must be between 1 and 1000000")
            .Require(Housing.PerDayPastReadiness is >= 0 and <= 1000, "housing.per_day_past_readiness", "must be between 0 and 1000")
            .Require(Housing.MaxDaysCounted is >= 0 and <= 10_000, "housing.max_days_counted", "must be between 0 and 10000")
            .Require(Wishes.AreaRanksScored is >= 0 and <= 20, "wishes.area_ranks_scored", "must be between 0 and 20")
            .Require(Wishes.AreaPerRank is >= 0 and <= 10_000, "wishes.area_per_rank", "must be between 0 and 10000")
            .Require(Wishes.DwellingTypeRanksScored is >= 0 and <= 10, "wishes.dwelling_type_ranks_scored", "must be between 0 and 10")
            .Require(Wishes.DwellingTypePerRank is >= 0 and <= 10_000, "wishes.dwelling_type_per_rank", "must be between 0 and 10000")
            .Require(Recovery.DistanceBucketMetres is >= 1 and <= 100_000, "recovery.distance_bucket_metres", "must be between 1 and 100000")
            .Require(Recovery.PenaltyPerBucket is >= 0 and <= 10_000, "recovery.penalty_per_bucket", "must be between 0 and 10000")
            .Require(Recovery.CareTeamContinuityBonus is >= 0 and <= 100_000, "recovery.care_team_continuity_bonus", "must be between 0 and 100000")
            .Require(Stability.IndefiniteTenancy is >= 0 and <= 10_000, "stability.indefinite_tenancy", "must be between 0 and 10000")
            .Require(Stability.OwnNameContract is >= 0 and <= 10_000, "stability.own_name_contract", "must be between 0 and 10000")
            .Require(Stability.FlipContract is >= 0 and <= 10_000, "stability.flip_contract", "must be between 0 and 10000")
            .Require(Spread.ThresholdPercentOfLimit is >= 0 and <= 100, "spread.threshold_percent_of_limit", "must be between 0 and 100")
            .Require(Spread.PenaltyPerPlacementAboveThreshold is >= 0 and <= 100_000, "spread.penalty_per_placement_above_threshold", "must be between 0 and 100000")
            .Require(Spread.AgreementShortfallPenaltyPerUnit is >= 0 and <= 100_000, "spread.agreement_shortfall_penalty_per_unit", "must be between 0 and 100000")
            .Require(Availability.MaxDaysBeforeReadiness is >= 0 and <= 3650, "availability.max_days_before_readiness", "must be between 0 and 3650")
            .Require(Availability.MaxDaysAfterReadiness is >= 0 and <= 3650, "availability.max_days_after_readiness", "must be between 0 and 3650");
        v.ThrowIfInvalid();
        return this;
    }
}

/// <summary>Tier Housing: a housed client scores <c>BasePerClient + PerDayPastReadiness × min(days past readiness, MaxDaysCounted)</c>.</summary>
public sealed record HousingWeights(int BasePerClient, int PerDayPastReadiness, int MaxDaysCounted);

/// <summary>
/// Tier Wishes: an area wish of rank r scores <c>AreaPerRank × (AreaRanksScored + 1 − r)</c> when r ≤ AreaRanksScored,
/// an unwished area scores 0 (worst); dwelling-type wishes alike.
/// </summary>
public sealed record WishWeights(int AreaRanksScored, int AreaPerRank, int DwellingTypeRanksScored, int DwellingTypePerRank);

/// <summary>
/// Tier Recovery: minus <c>PenaltyPerBucket</c> per started bucket of distance to the nearest support anchor (or the
/// care team's base when the client names no anchor), plus <c>CareTeamContinuityBonus</c> when the current care team covers the unit.
/// </summary>
public sealed record RecoveryWeights(int DistanceBucketMetres, int PenaltyPerBucket, int CareTeamContinuityBonus);

/// <summary>Tier Stability: points for an indefinite tenancy and for the contract form.</summary>
public sealed record StabilityWeights(int IndefiniteTenancy, int OwnNameContract, int FlipContract);

/// <summary>
/// Tier Spread: a penalty per new placement above <c>ThresholdPercentOfLimit</c>% of a neighbourhood's new-placement limit,
/// and a penalty per unit of shortfall against a performance agreement's target.
/// </summary>
public sealed record SpreadWeights(int ThresholdPercentOfLimit, int PenaltyPerPlacementAboveThreshold, int AgreementShortfallPenaltyPerUnit);

/// <summary>
/// Rule availability.window: the move day (the later of the unit's availability and today) may lie at most
/// <c>MaxDaysBeforeReadiness</c> before the client's readiness date and at most <c>MaxDaysAfterReadiness</c> after
/// the later of readiness and today.
/// </summary>
public sealed record AvailabilityWindow(int MaxDaysBeforeReadiness, int MaxDaysAfterReadiness);
