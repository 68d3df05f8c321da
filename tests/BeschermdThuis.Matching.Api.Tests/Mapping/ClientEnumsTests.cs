using BeschermdThuis.Matching.Api.Mapping.Enums;
using BeschermdThuis.Matching.Domain.Clients;

namespace BeschermdThuis.Matching.Api.Tests.Mapping;

public sealed class ClientEnumsTests
{
    public static TheoryData<IncomeBand> IncomeBands => EnumAssert.All<IncomeBand>();

    public static TheoryData<V1.IncomeBand> ProtoIncomeBands => EnumAssert.AllButUnspecified<V1.IncomeBand>();

    public static TheoryData<ClientStatus> Statuses => EnumAssert.All<ClientStatus>();

    public static TheoryData<V1.ClientStatus> ProtoStatuses => EnumAssert.AllButUnspecified<V1.ClientStatus>();

    public static TheoryData<SupportAnchorKind> AnchorKinds => EnumAssert.All<SupportAnchorKind>();

    public static TheoryData<V1.SupportAnchorKind> ProtoAnchorKinds => EnumAssert.AllButUnspecified<V1.SupportAnchorKind>();

    /// <summary>The single flags of the consent scope: <see cref="ConsentScope.None"/> is no item.</summary>
    public static TheoryData<ConsentScope> ConsentFlags => new(Enum.GetValues<ConsentScope>().Where(s => s != ConsentScope.None));

    public static TheoryData<V1.ConsentItem> ProtoConsentItems => EnumAssert.AllButUnspecified<V1.ConsentItem>();

    [Theory]
    [MemberData(nameof(IncomeBands))]
    public void IncomeBand_RoundTrips(IncomeBand band) => EnumAssert.RoundTrips(band, ClientEnums.ToProto, IncomeBandToDomain);

    [Theory]
    [MemberData(nameof(ProtoIncomeBands))]
    public void IncomeBand_ProtoValue_RoundTrips(V1.IncomeBand band) => EnumAssert.RoundTripsFromProto(band, ClientEnums.ToProto, IncomeBandToDomain);

    [Fact]
    public void IncomeBand_OutOfRange_IsRefused()
    {
        EnumAssert.RefusesToProto<IncomeBand, V1.IncomeBand>(ClientEnums.ToProto, 0, 4, -1);
        EnumAssert.RefusesToDomain<IncomeBand, V1.IncomeBand>(ClientEnums.ToDomain, "income_band", 4, 7, -1);
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public void ClientStatus_RoundTrips(ClientStatus status) => EnumAssert.RoundTrips(status, ClientEnums.ToProto, StatusToDomain);

    [Theory]
    [MemberData(nameof(ProtoStatuses))]
    public void ClientStatus_ProtoValue_RoundTrips(V1.ClientStatus status) => EnumAssert.RoundTripsFromProto(status, ClientEnums.ToProto, StatusToDomain);

    [Fact]
    public void ClientStatus_OutOfRange_IsRefused()
    {
        EnumAssert.RefusesToProto<ClientStatus, V1.ClientStatus>(ClientEnums.ToProto, 0, 5, -1);
        EnumAssert.RefusesToDomain<ClientStatus, V1.ClientStatus>(ClientEnums.ToDomain, "status", 5, 99);
    }

    [Theory]
    [MemberData(nameof(AnchorKinds))]
    public void SupportAnchorKind_RoundTrips(SupportAnchorKind kind) => EnumAssert.RoundTrips(kind, ClientEnums.ToProto, AnchorKindToDomain);

    [Theory]
    [MemberData(nameof(ProtoAnchorKinds))]
    public void SupportAnchorKind_ProtoValue_RoundTrips(V1.SupportAnchorKind kind) =>
        EnumAssert.RoundTripsFromProto(kind, ClientEnums.ToProto, AnchorKindToDomain);

    [Fact]
    public void SupportAnchorKind_OutOfRange_IsRefused()
    {
        EnumAssert.RefusesToProto<SupportAnchorKind, V1.SupportAnchorKind>(ClientEnums.ToProto, 0, 5);
        EnumAssert.RefusesToDomain<SupportAnchorKind, V1.SupportAnchorKind>(ClientEnums.ToDomain, "kind", 5, -3);
    }

    [Theory]
    [MemberData(nameof(ConsentFlags))]
    public void ConsentItem_RoundTrips(ConsentScope flag) => EnumAssert.RoundTrips(flag, ClientEnums.ToProto, ConsentToDomain);

    [Theory]
    [MemberData(nameof(ProtoConsentItems))]
    public void ConsentItem_ProtoValue_RoundTrips(V1.ConsentItem item) => EnumAssert.RoundTripsFromProto(item, ClientEnums.ToProto, ConsentToDomain);

    [Fact]
    public void ConsentItem_NoneCombinationOrOutOfRange_IsRefused()
    {
        EnumAssert.RefusesToProto<ConsentScope, V1.ConsentItem>(ClientEnums.ToProto, 0, 3, 64);
        EnumAssert.RefusesToDomain<ConsentScope, V1.ConsentItem>(ClientEnums.ToDomain, "consent[0]", 7, 9);
    }

    [Fact]
    public void ConsentItems_ListEveryFlagOnce_InProtoOrder()
    {
        Assert.Equal(Enum.GetValues<ConsentScope>().Where(s => s != ConsentScope.None), ClientEnums.ConsentItems.Order());
        Assert.Equal(ClientEnums.ConsentItems.Select(ClientEnums.ToProto), Enum.GetValues<V1.ConsentItem>().Skip(1));
    }

    private static IncomeBand IncomeBandToDomain(V1.IncomeBand band) => ClientEnums.ToDomain(band, "income_band");

    private static ClientStatus StatusToDomain(V1.ClientStatus status) => ClientEnums.ToDomain(status, "status");

    private static SupportAnchorKind AnchorKindToDomain(V1.SupportAnchorKind kind) => ClientEnums.ToDomain(kind, "kind");

    private static ConsentScope ConsentToDomain(V1.ConsentItem item) => ClientEnums.ToDomain(item, "consent[0]");
}

public sealed class RentLimitBasisTests
{
    public static TheoryData<Domain.Affordability.RentLimitBasis> Bases => EnumAssert.All<Domain.Affordability.RentLimitBasis>();

    [Theory]
    [MemberData(nameof(Bases))]
    public void EveryBasis_MapsToTheProtoValueOfItsName(Domain.Affordability.RentLimitBasis basis) =>
        EnumAssert.MapsByName(basis, ClientEnums.ToProto);

    [Fact]
    public void EveryProtoBasis_ButUnspecified_IsReached() =>
        Assert.Equal(
            Enum.GetValues<V1.RentLimitBasis>().Where(v => v != V1.RentLimitBasis.Unspecified).Order(),
            Enum.GetValues<Domain.Affordability.RentLimitBasis>().Select(ClientEnums.ToProto).Order());
}
