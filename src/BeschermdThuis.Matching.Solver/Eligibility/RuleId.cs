namespace BeschermdThuis.Matching.Solver.Eligibility;

/// <summary>
/// The hard rules a client–unit pair must pass, in the order the fast path checks them (a rule added later gets the
/// next number and is checked last). The stable text id
/// (<see cref="RuleIds.Code"/>) is what explanations, logs and the API show; never renumber or rename.
/// </summary>
public enum RuleId
{
    PairExcluded = 1,
    AvailabilityWindow = 2,
    AreaCapacity = 3,
    RentMax = 4,
    HouseholdRooms = 5,
    NeedsStepFree = 6,
    NeedsGroundFloor = 7,
    WishDwellingType = 8,
    RecoveryAvoidArea = 9,
    RecoveryAvoidOrigin = 10,
    RecoveryMaxPeers = 11,
    SupportMaxDistance = 12,
    CareCoverage = 13,
    CareCaseload = 14,
    RecoveryAvoidPlace = 15,
}

public static class RuleIds
{
    public static IReadOnlyList<RuleId> All { get; } = Enum.GetValues<RuleId>();

    public static string Code(this RuleId rule) => rule switch
    {
        RuleId.PairExcluded => "pair.excluded",
        RuleId.AvailabilityWindow => "availability.window",
        RuleId.AreaCapacity => "area.capacity",
        RuleId.RentMax => "rent.max",
        RuleId.HouseholdRooms => "household.rooms",
        RuleId.NeedsStepFree => "needs.step_free",
        RuleId.NeedsGroundFloor => "needs.ground_floor",
        RuleId.WishDwellingType => "wish.dwelling_type",
        RuleId.RecoveryAvoidArea => "recovery.avoid_area",
        RuleId.RecoveryAvoidOrigin => "recovery.avoid_origin",
        RuleId.RecoveryMaxPeers => "recovery.max_peers",
        RuleId.SupportMaxDistance => "support.max_distance",
        RuleId.CareCoverage => "care.coverage",
        RuleId.CareCaseload => "care.caseload",
        RuleId.RecoveryAvoidPlace => "recovery.avoid_place",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "unknown rule"),
    };
}
