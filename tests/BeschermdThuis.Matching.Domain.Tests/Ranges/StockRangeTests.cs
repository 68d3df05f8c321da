using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.Domain.Tests.Ranges;

public sealed class StockRangeTests
{
    private const long Max = DomainRanges.MaxMonthlyAmountCents;

    [Theory]
    [InlineData(1, 0)]
    [InlineData(Max, 0)]
    [InlineData(1, Max)]
    [InlineData(Max, Max)]
    public void Rent_AtTheBounds_IsAcceptedAndItsQualifyingRentComputes(long netRent, long serviceCosts) =>
        Assert.Equal(netRent + serviceCosts, new UnitRent(new EuroCents(netRent), new EuroCents(serviceCosts)).QualifyingRent.Value);

    [Theory]
    [InlineData(0, "net_rent")]
    [InlineData(Max + 1, "net_rent")]
    [InlineData(long.MaxValue, "net_rent")] // the reproduction: 2^63-1 was stored, then every read overflowed
    public void NetRent_OutOfRange_NamesNetRent(long netRent, string field) =>
        Assert.Equal([field], Violations.FieldsOf(() => _ = new UnitRent(new EuroCents(netRent), new EuroCents(0))));

    [Theory]
    [InlineData(-1)]
    [InlineData(Max + 1)]
    [InlineData(long.MaxValue)]
    public void ServiceCosts_OutOfRange_NamesServiceCosts(long serviceCosts) =>
        Assert.Equal(["service_costs"], Violations.FieldsOf(() => _ = new UnitRent(new EuroCents(62_500), new EuroCents(serviceCosts))));

    [Theory]
    [InlineData(DomainRanges.MinFloor)]
    [InlineData(DomainRanges.MaxFloor)]
    public void Floor_AtTheBounds_IsAccepted(int floor) => Assert.Equal(floor, new UnitAccess(floor, false).Floor);

    [Theory]
    [InlineData(DomainRanges.MinRooms)]
    [InlineData(DomainRanges.MaxRooms)]
    public void Rooms_AtTheBounds_AreAccepted(int rooms) => Assert.Equal(rooms, Unit(rooms).Rooms);

    [Theory]
    [InlineData(DomainRanges.MinRooms - 1)]
    [InlineData(DomainRanges.MaxRooms + 1)]
    [InlineData(int.MinValue)]
    public void Rooms_OutOfRange_NameRooms(int rooms) => Assert.Equal(["rooms"], Violations.FieldsOf(() => _ = Unit(rooms)));

    private static HousingUnit Unit(int rooms) => new(
        "u-1", "waalboog", new GeoPoint(5.05, 51.05), new NeighbourhoodCode("BU02680001"), DwellingType.Independent, rooms,
        new UnitAccess(0, true), new UnitRent(new EuroCents(62_500), new EuroCents(0)), TenancyKind.Indefinite, ContractForm.OwnName,
        new DateOnly(2026, 2, 1), UnitStatus.Available);
}
