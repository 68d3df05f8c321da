using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.DemoRegion.Tests;

/// <summary>The locator over the real CBS boundaries of the demo region.</summary>
public sealed class NeighbourhoodLocatorTests(DemoRegionFixture fixture) : IClassFixture<DemoRegionFixture>
{
    private readonly NeighbourhoodLocator _locator = fixture.Region.CreateLocator();

    [Fact]
    public void Count_IsEveryNeighbourhood() => Assert.Equal(213, _locator.Count);

    [Theory]
    [InlineData(5.866, 51.822, "BU02680517")] // Heijendaal (university campus)
    [InlineData(5.8625, 51.8445, "BU02680101")] // Stadscentrum
    public void Locate_KnownPoint_GivesItsBuurt(double longitude, double latitude, string expected)
    {
        Assert.Equal(new NeighbourhoodCode(expected), _locator.Locate(new GeoPoint(longitude, latitude)));
    }

    [Fact]
    public void Locate_Amsterdam_IsOutsideTheRegion()
    {
        Assert.Null(_locator.Locate(new GeoPoint(4.9, 52.37)));
    }

    [Fact]
    public void Place_PointOutsideTheRegion_IsRejectedNamingLocation()
    {
        var e = Assert.Throws<DomainValidationException>(() => HousingUnit.Place(
            _locator, "u-1", "waalboog", new GeoPoint(4.9, 52.37), DwellingType.Independent, 2,
            new UnitAccess(0, true), new UnitRent(new EuroCents(60_000), new EuroCents(2_000)),
            TenancyKind.Indefinite, ContractForm.OwnName, new DateOnly(2026, 2, 1)));
        Assert.Equal("location", Assert.Single(e.Violations).Field);
    }

    [Fact]
    public void Place_PointInHeijendaal_DerivesTheNeighbourhood()
    {
        var unit = HousingUnit.Place(
            _locator, "u-1", "waalboog", new GeoPoint(5.866, 51.822), DwellingType.Independent, 2,
            new UnitAccess(0, true), new UnitRent(new EuroCents(60_000), new EuroCents(2_000)),
            TenancyKind.Indefinite, ContractForm.OwnName, new DateOnly(2026, 2, 1));
        Assert.Equal(new NeighbourhoodCode("BU02680517"), unit.Neighbourhood);
    }
}
