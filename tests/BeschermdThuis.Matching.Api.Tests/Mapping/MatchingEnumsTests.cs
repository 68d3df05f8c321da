using BeschermdThuis.Matching.Application.Matching;
using BeschermdThuis.Matching.Api.Mapping.Enums;
using BeschermdThuis.Matching.Solver.Results;
using BeschermdThuis.Matching.Solver.Problem;

namespace BeschermdThuis.Matching.Api.Tests.Mapping;

/// <summary>
/// The goal goes both ways; status, tier method and view only go out, so for those every proto value but UNSPECIFIED
/// must be reached by exactly one solver value.
/// </summary>
public sealed class MatchingEnumsTests
{
    public static TheoryData<MatchGoal> Goals => EnumAssert.All<MatchGoal>();

    public static TheoryData<V1.MatchGoal> ProtoGoals => EnumAssert.AllButUnspecified<V1.MatchGoal>();

    public static TheoryData<SolveStatus> Statuses => EnumAssert.All<SolveStatus>();

    public static TheoryData<V1.MatchStatus> ProtoStatuses => EnumAssert.AllButUnspecified<V1.MatchStatus>();

    public static TheoryData<TierMethod> Methods => EnumAssert.All<TierMethod>();

    public static TheoryData<V1.TierMethod> ProtoMethods => EnumAssert.AllButUnspecified<V1.TierMethod>();

    public static TheoryData<MatchRunVisibility> Visibilities => EnumAssert.All<MatchRunVisibility>();

    public static TheoryData<V1.MatchRunView> ProtoViews => EnumAssert.AllButUnspecified<V1.MatchRunView>();

    [Theory]
    [MemberData(nameof(Goals))]
    public void MatchGoal_RoundTrips(MatchGoal goal) => EnumAssert.RoundTrips(goal, MatchingEnums.ToProto, GoalToDomain);

    [Theory]
    [MemberData(nameof(ProtoGoals))]
    public void MatchGoal_ProtoValue_RoundTrips(V1.MatchGoal goal) => EnumAssert.RoundTripsFromProto(goal, MatchingEnums.ToProto, GoalToDomain);

    [Fact]
    public void MatchGoal_OutOfRange_IsRefused()
    {
        EnumAssert.RefusesToProto<MatchGoal, V1.MatchGoal>(MatchingEnums.ToProto, 0, 6);
        EnumAssert.RefusesToDomain<MatchGoal, V1.MatchGoal>(MatchingEnums.ToDomain, "options.tier_order[0]", 6, 42);
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public void SolveStatus_MapsToTheStatusOfItsName(SolveStatus status) => EnumAssert.MapsByName(status, MatchingEnums.ToProto);

    [Theory]
    [MemberData(nameof(ProtoStatuses))]
    public void MatchStatus_IsReachedByOneSolveStatus(V1.MatchStatus status) => EnumAssert.IsReachedOnce<SolveStatus, V1.MatchStatus>(status, MatchingEnums.ToProto);

    [Theory]
    [MemberData(nameof(Methods))]
    public void TierMethod_MapsToTheMethodOfItsName(TierMethod method) => EnumAssert.MapsByName(method, MatchingEnums.ToProto);

    [Theory]
    [MemberData(nameof(ProtoMethods))]
    public void ProtoTierMethod_IsReachedByOneTierMethod(V1.TierMethod method) => EnumAssert.IsReachedOnce<TierMethod, V1.TierMethod>(method, MatchingEnums.ToProto);

    [Theory]
    [MemberData(nameof(Visibilities))]
    public void MatchRunVisibility_MapsToTheViewOfItsName(MatchRunVisibility visibility) => EnumAssert.MapsByName(visibility, MatchingEnums.ToProto);

    [Theory]
    [MemberData(nameof(ProtoViews))]
    public void MatchRunView_IsReachedByOneVisibility(V1.MatchRunView view) => EnumAssert.IsReachedOnce<MatchRunVisibility, V1.MatchRunView>(view, MatchingEnums.ToProto);

    [Fact]
    public void OutgoingValues_OutOfRange_AreRefused()
    {
        EnumAssert.RefusesToProto<SolveStatus, V1.MatchStatus>(MatchingEnums.ToProto, 0, 6);
        EnumAssert.RefusesToProto<TierMethod, V1.TierMethod>(MatchingEnums.ToProto, 0, 8);
        EnumAssert.RefusesToProto<MatchRunVisibility, V1.MatchRunView>(MatchingEnums.ToProto, 0, 4);
    }

    private static MatchGoal GoalToDomain(V1.MatchGoal goal) => MatchingEnums.ToDomain(goal, "options.tier_order[0]");
}
