using System.Runtime.CompilerServices;

namespace BeschermdThuis.Matching.Solver.Eligibility.Rules;

/// <summary>Something done with each rule in turn; <see cref="Visit{TRule}"/> returns false to stop the walk.</summary>
internal interface IRuleVisitor
{
    bool Visit<TRule>()
        where TRule : struct, IEligibilityRule;
}

/// <summary>The list of hard rules: the one place that says which rules there are and in which order they are checked.</summary>
internal static class EligibilityRules
{
    /// <summary>
    /// Visits the rules in <see cref="RuleId"/> order (cheap and selective checks first) until the visitor stops.
    /// The order decides which failure <see cref="EligibilityIndex.FirstFailure"/> reports; explanations depend on it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void InOrder<TVisitor>(ref TVisitor visitor)
        where TVisitor : struct, IRuleVisitor =>
        _ = visitor.Visit<PairExcludedRule>()
            && visitor.Visit<AvailabilityWindowRule>()
            && visitor.Visit<AreaCapacityRule>()
            && visitor.Visit<RentMaxRule>()
            && visitor.Visit<HouseholdRoomsRule>()
            && visitor.Visit<NeedsStepFreeRule>()
            && visitor.Visit<NeedsGroundFloorRule>()
            && visitor.Visit<WishDwellingTypeRule>()
            && visitor.Visit<RecoveryAvoidAreaRule>()
            && visitor.Visit<RecoveryAvoidOriginRule>()
            && visitor.Visit<RecoveryMaxPeersRule>()
            && visitor.Visit<SupportMaxDistanceRule>()
            && visitor.Visit<CareCoverageRule>()
            && visitor.Visit<CareCaseloadRule>()
            && visitor.Visit<RecoveryAvoidPlaceRule>();
}
