using BeschermdThuis.Matching.Api.Mapping.Enums;
using BeschermdThuis.Matching.Domain.Agreements;

namespace BeschermdThuis.Matching.Api.Tests.Mapping;

/// <summary>The priority group is the one enum whose numbers differ between domain (from 0) and proto (from 1).</summary>
public sealed class AgreementEnumsTests
{
    public static TheoryData<PriorityGroup> Groups => EnumAssert.All<PriorityGroup>();

    public static TheoryData<V1.PriorityGroup> ProtoGroups => EnumAssert.AllButUnspecified<V1.PriorityGroup>();

    [Theory]
    [MemberData(nameof(Groups))]
    public void PriorityGroup_RoundTrips(PriorityGroup group) => EnumAssert.RoundTrips(group, AgreementEnums.ToProto, ToDomain);

    [Theory]
    [MemberData(nameof(ProtoGroups))]
    public void PriorityGroup_ProtoValue_RoundTrips(V1.PriorityGroup group) => EnumAssert.RoundTripsFromProto(group, AgreementEnums.ToProto, ToDomain);

    [Fact]
    public void PriorityGroup_OutOfRange_IsRefused()
    {
        EnumAssert.RefusesToProto<PriorityGroup, V1.PriorityGroup>(AgreementEnums.ToProto, -1, 3);
        EnumAssert.RefusesToDomain<PriorityGroup, V1.PriorityGroup>(AgreementEnums.ToDomain, "priority_group", -1, 4);
    }

    [Fact]
    public void PriorityGroup_Any_IsZeroInTheDomainAndOneInTheProto()
    {
        Assert.Equal(V1.PriorityGroup.Any, AgreementEnums.ToProto(PriorityGroup.Any));
        Assert.Equal(PriorityGroup.Any, ToDomain(V1.PriorityGroup.Any));
    }

    private static PriorityGroup ToDomain(V1.PriorityGroup group) => AgreementEnums.ToDomain(group, "priority_group");
}
