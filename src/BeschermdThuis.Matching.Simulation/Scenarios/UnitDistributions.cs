using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.Simulation.Scenarios;

/// <summary>
/// What the offered units are like, as distributions (the shipped scenarios carry the demo population's numbers:
/// mostly independent 1-3 room homes, an indefinite tenancy in the tenant's own name, net rent about 450 to 850 euros).
/// Each unit lies at a random point in a neighbourhood of its municipality, more likely where more people live.
/// </summary>
public sealed record UnitDistributions
{
    public required IReadOnlyList<Weighted<DwellingType>> DwellingTypes { get; init; }

    public required IReadOnlyList<Weighted<int>> Rooms { get; init; }

    public required IReadOnlyList<Weighted<ContractForm>> ContractForms { get; init; }

    public required double IndefiniteTenancyChance { get; init; }

    /// <summary>Net rent of a one-room unit, in cents.</summary>
    public required IntRange NetRentCents { get; init; }

    /// <summary>What each room above one adds to the net rent, in cents.</summary>
    public required IntRange NetRentPerExtraRoomCents { get; init; }

    public required int MaxNetRentCents { get; init; }

    public required double NoServiceCostsChance { get; init; }

    public required IntRange ServiceCostsCents { get; init; }

    /// <summary>Floors as ranges with weights (0 is the ground floor).</summary>
    public required IReadOnlyList<Weighted<IntRange>> Floors { get; init; }

    public required double StepFreeChanceGroundFloor { get; init; }

    public required double StepFreeChanceLowFloor { get; init; }

    /// <summary>From the fifth floor up (a lift is likelier).</summary>
    public required double StepFreeChanceHighFloor { get; init; }

    /// <summary>Days from the period's start to the day the unit is free.</summary>
    public required IntRange AvailableDaysAfterOffer { get; init; }

    public UnitDistributions Validate()
    {
        new Validator()
            .Distribution(DwellingTypes, "dwellingTypes", Enum.IsDefined, "must be known dwelling types")
            .Distribution(Rooms, "rooms", r => r is >= DomainRanges.MinRooms and <= DomainRanges.MaxRooms,
                $"rooms must be between {DomainRanges.MinRooms} and {DomainRanges.MaxRooms}")
            .Distribution(ContractForms, "contractForms", Enum.IsDefined, "must be known contract forms")
            .Probability(IndefiniteTenancyChance, "indefiniteTenancyChance")
            .Range(NetRentCents, "netRentCents", 1, DomainRanges.MaxMonthlyAmountCents)
            .Range(NetRentPerExtraRoomCents, "netRentPerExtraRoomCents", 0, DomainRanges.MaxMonthlyAmountCents)
            .InRange(MaxNetRentCents, 1, DomainRanges.MaxMonthlyAmountCents, "maxNetRentCents")
            .Probability(NoServiceCostsChance, "noServiceCostsChance")
            .Range(ServiceCostsCents, "serviceCostsCents", 0, DomainRanges.MaxMonthlyAmountCents)
            .Distribution(Floors, "floors", f => f.Min >= DomainRanges.MinFloor && f.Max <= DomainRanges.MaxFloor && f.Max >= f.Min,
                $"floor ranges must lie between {DomainRanges.MinFloor} and {DomainRanges.MaxFloor}, min not above max")
            .Probability(StepFreeChanceGroundFloor, "stepFreeChanceGroundFloor")
            .Probability(StepFreeChanceLowFloor, "stepFreeChanceLowFloor")
            .Probability(StepFreeChanceHighFloor, "stepFreeChanceHighFloor")
            .Range(AvailableDaysAfterOffer, "availableDaysAfterOffer", 0, 3650)
            .ThrowIfInvalid();
        return this;
    }
}
