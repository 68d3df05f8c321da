using BeschermdThuis.Matching.Api.Mapping.Enums;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.Api.Tests.Mapping;

public sealed class StockEnumsTests
{
    public static TheoryData<DwellingType> DwellingTypes => EnumAssert.All<DwellingType>();

    public static TheoryData<V1.DwellingType> ProtoDwellingTypes => EnumAssert.AllButUnspecified<V1.DwellingType>();

    public static TheoryData<TenancyKind> Tenancies => EnumAssert.All<TenancyKind>();

    public static TheoryData<V1.TenancyKind> ProtoTenancies => EnumAssert.AllButUnspecified<V1.TenancyKind>();

    public static TheoryData<ContractForm> ContractForms => EnumAssert.All<ContractForm>();

    public static TheoryData<V1.ContractForm> ProtoContractForms => EnumAssert.AllButUnspecified<V1.ContractForm>();

    public static TheoryData<UnitStatus> Statuses => EnumAssert.All<UnitStatus>();

    public static TheoryData<V1.UnitStatus> ProtoStatuses => EnumAssert.AllButUnspecified<V1.UnitStatus>();

    [Theory]
    [MemberData(nameof(DwellingTypes))]
    public void DwellingType_RoundTrips(DwellingType type) => EnumAssert.RoundTrips(type, StockEnums.ToProto, DwellingTypeToDomain);

    [Theory]
    [MemberData(nameof(ProtoDwellingTypes))]
    public void DwellingType_ProtoValue_RoundTrips(V1.DwellingType type) => EnumAssert.RoundTripsFromProto(type, StockEnums.ToProto, DwellingTypeToDomain);

    [Fact]
    public void DwellingType_OutOfRange_IsRefused()
    {
        EnumAssert.RefusesToProto<DwellingType, V1.DwellingType>(StockEnums.ToProto, 0, 6, -1);
        EnumAssert.RefusesToDomain<DwellingType, V1.DwellingType>(StockEnums.ToDomain, "dwelling_type", 6, 42);
    }

    [Theory]
    [MemberData(nameof(Tenancies))]
    public void TenancyKind_RoundTrips(TenancyKind tenancy) => EnumAssert.RoundTrips(tenancy, StockEnums.ToProto, TenancyToDomain);

    [Theory]
    [MemberData(nameof(ProtoTenancies))]
    public void TenancyKind_ProtoValue_RoundTrips(V1.TenancyKind tenancy) => EnumAssert.RoundTripsFromProto(tenancy, StockEnums.ToProto, TenancyToDomain);

    [Fact]
    public void TenancyKind_OutOfRange_IsRefused()
    {
        EnumAssert.RefusesToProto<TenancyKind, V1.TenancyKind>(StockEnums.ToProto, 0, 3);
        EnumAssert.RefusesToDomain<TenancyKind, V1.TenancyKind>(StockEnums.ToDomain, "tenancy", 3, 99);
    }

    [Theory]
    [MemberData(nameof(ContractForms))]
    public void ContractForm_RoundTrips(ContractForm form) => EnumAssert.RoundTrips(form, StockEnums.ToProto, ContractFormToDomain);

    [Theory]
    [MemberData(nameof(ProtoContractForms))]
    public void ContractForm_ProtoValue_RoundTrips(V1.ContractForm form) => EnumAssert.RoundTripsFromProto(form, StockEnums.ToProto, ContractFormToDomain);

    [Fact]
    public void ContractForm_OutOfRange_IsRefused()
    {
        EnumAssert.RefusesToProto<ContractForm, V1.ContractForm>(StockEnums.ToProto, 0, 4);
        EnumAssert.RefusesToDomain<ContractForm, V1.ContractForm>(StockEnums.ToDomain, "contract_form", 4, 7);
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public void UnitStatus_RoundTrips(UnitStatus status) => EnumAssert.RoundTrips(status, StockEnums.ToProto, StatusToDomain);

    [Theory]
    [MemberData(nameof(ProtoStatuses))]
    public void UnitStatus_ProtoValue_RoundTrips(V1.UnitStatus status) => EnumAssert.RoundTripsFromProto(status, StockEnums.ToProto, StatusToDomain);

    [Fact]
    public void UnitStatus_OutOfRange_IsRefused()
    {
        EnumAssert.RefusesToProto<UnitStatus, V1.UnitStatus>(StockEnums.ToProto, 0, 5);
        EnumAssert.RefusesToDomain<UnitStatus, V1.UnitStatus>(StockEnums.ToDomain, "status", 5, -1);
    }

    private static DwellingType DwellingTypeToDomain(V1.DwellingType type) => StockEnums.ToDomain(type, "dwelling_type");

    private static TenancyKind TenancyToDomain(V1.TenancyKind tenancy) => StockEnums.ToDomain(tenancy, "tenancy");

    private static ContractForm ContractFormToDomain(V1.ContractForm form) => StockEnums.ToDomain(form, "contract_form");

    private static UnitStatus StatusToDomain(V1.UnitStatus status) => StockEnums.ToDomain(status, "status");
}
