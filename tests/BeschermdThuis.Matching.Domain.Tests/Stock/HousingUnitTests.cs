using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Domain.Tests.Geography;

namespace BeschermdThuis.Matching.Domain.Tests.Stock;

public sealed class HousingUnitTests
{
    private static readonly UnitAccess GroundFloor = new(0, true);
    private static readonly UnitRent Rent = new(new EuroCents(62_500), new EuroCents(3_000));

    [Fact]
    public void Construction_EveryWrongField_IsNamed() =>
        Assert.Equal(
            ["unit_id", "corporation_id", "dwelling_type", "rooms", "tenancy", "contract_form", "status"],
            Violations.FieldsOf(() => _ = new HousingUnit(
                "U 1", "", new GeoPoint(5.05, 51.05), new NeighbourhoodCode("BU02680001"), (DwellingType)99, 0, GroundFloor, Rent,
                (TenancyKind)0, (ContractForm)7, new DateOnly(2026, 2, 1), (UnitStatus)0)));

    [Theory]
    [InlineData(13)]
    [InlineData(-1)]
    public void Construction_RoomsOutOfRange_NamesRooms(int rooms) =>
        Assert.Equal(["rooms"], Violations.FieldsOf(() => _ = Unit(rooms)));

    [Fact]
    public void Place_DerivesTheNeighbourhoodFromTheLocation()
    {
        var locator = new NeighbourhoodLocator([new Neighbourhood(new NeighbourhoodCode("BU02680001"), "Square", Shapes.Square(5.0, 51.0, 0.1), 100, true, 0, null)]);
        var unit = HousingUnit.Place(locator, "u-1", "waalboog", new GeoPoint(5.05, 51.05), DwellingType.Independent, 2, GroundFloor, Rent,
            TenancyKind.Indefinite, ContractForm.OwnName, new DateOnly(2026, 2, 1));
        Assert.Equal(new NeighbourhoodCode("BU02680001"), unit.Neighbourhood);
        Assert.Equal(UnitStatus.Available, unit.Status);
    }

    [Fact]
    public void Place_OutsideTheRegion_NamesLocation()
    {
        var locator = new NeighbourhoodLocator([new Neighbourhood(new NeighbourhoodCode("BU02680001"), "Square", Shapes.Square(5.0, 51.0, 0.1), 100, true, 0, null)]);
        Assert.Equal(["location"], Violations.FieldsOf(() => HousingUnit.Place(locator, "u-1", "waalboog", new GeoPoint(6, 52),
            DwellingType.Independent, 2, GroundFloor, Rent, TenancyKind.Indefinite, ContractForm.OwnName, new DateOnly(2026, 2, 1))));
    }

    private static HousingUnit Unit(int rooms) => new(
        "u-1", "waalboog", new GeoPoint(5.05, 51.05), new NeighbourhoodCode("BU02680001"), DwellingType.Independent, rooms, GroundFloor, Rent,
        TenancyKind.Indefinite, ContractForm.OwnName, new DateOnly(2026, 2, 1), UnitStatus.Available);
}

public sealed class UnitRentTests
{
    [Fact]
    public void Construction_EveryWrongField_IsNamed() =>
        Assert.Equal(["net_rent", "service_costs"], Violations.FieldsOf(() => _ = new UnitRent(new EuroCents(0), new EuroCents(-1))));

    [Fact]
    public void QualifyingRent_IsNetRentPlusServiceCosts() =>
        Assert.Equal(new EuroCents(65_500), new UnitRent(new EuroCents(62_500), new EuroCents(3_000)).QualifyingRent);
}

public sealed class UnitAccessTests
{
    [Theory]
    [InlineData(-2)]
    [InlineData(61)]
    public void Construction_FloorOutOfRange_NamesFloor(int floor) =>
        Assert.Equal(["floor"], Violations.FieldsOf(() => _ = new UnitAccess(floor, false)));

    [Fact]
    public void IsGroundFloor_OnlyFloorZero()
    {
        Assert.True(new UnitAccess(0, false).IsGroundFloor);
        Assert.False(new UnitAccess(-1, false).IsGroundFloor);
        Assert.False(new UnitAccess(1, true).IsGroundFloor);
    }
}

public sealed class HousingCorporationTests
{
    [Fact]
    public void Construction_EveryWrongField_IsNamed() =>
        Assert.Equal(["corporation_id", "display_name"], Violations.FieldsOf(() => _ = new HousingCorporation("Waal Boog", " ")));
}
