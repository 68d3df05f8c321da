using BeschermdThuis.Matching.Api.Mapping.Enums;
using BeschermdThuis.Matching.Domain.Proposals;

namespace BeschermdThuis.Matching.Api.Tests.Mapping;

public sealed class ProposalEnumsTests
{
    public static TheoryData<ProposalState> States => EnumAssert.All<ProposalState>();

    public static TheoryData<V1.ProposalState> ProtoStates => EnumAssert.AllButUnspecified<V1.ProposalState>();

    public static TheoryData<DeclineSide> Sides => EnumAssert.All<DeclineSide>();

    public static TheoryData<V1.DeclineSide> ProtoSides => EnumAssert.AllButUnspecified<V1.DeclineSide>();

    [Theory]
    [MemberData(nameof(States))]
    public void ProposalState_RoundTrips(ProposalState state) => EnumAssert.RoundTrips(state, ProposalEnums.ToProto, ToDomain);

    [Theory]
    [MemberData(nameof(ProtoStates))]
    public void ProposalState_ProtoValue_RoundTrips(V1.ProposalState state) => EnumAssert.RoundTripsFromProto(state, ProposalEnums.ToProto, ToDomain);

    [Theory]
    [MemberData(nameof(Sides))]
    public void DeclineSide_RoundTrips(DeclineSide side) => EnumAssert.RoundTrips(side, ProposalEnums.ToProto, ToDomain);

    [Theory]
    [MemberData(nameof(ProtoSides))]
    public void DeclineSide_ProtoValue_RoundTrips(V1.DeclineSide side) => EnumAssert.RoundTripsFromProto(side, ProposalEnums.ToProto, ToDomain);

    [Fact]
    public void OutOfRange_IsRefused()
    {
        EnumAssert.RefusesToProto<ProposalState, V1.ProposalState>(ProposalEnums.ToProto, 0, 11);
        EnumAssert.RefusesToDomain<ProposalState, V1.ProposalState>(ProposalEnums.ToDomain, "state", -1, 11);
        EnumAssert.RefusesToProto<DeclineSide, V1.DeclineSide>(ProposalEnums.ToProto, 0, 3);
        EnumAssert.RefusesToDomain<DeclineSide, V1.DeclineSide>(ProposalEnums.ToDomain, "side", -1, 3);
    }

    private static ProposalState ToDomain(V1.ProposalState state) => ProposalEnums.ToDomain(state, "state");

    private static DeclineSide ToDomain(V1.DeclineSide side) => ProposalEnums.ToDomain(side, "side");
}
