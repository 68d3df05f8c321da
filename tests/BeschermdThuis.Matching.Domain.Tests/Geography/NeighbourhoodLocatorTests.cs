using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Domain.Tests.Geography;

/// <summary>The locator on two adjacent unit squares (the real map is tested in the demo region's tests).</summary>
public sealed class NeighbourhoodLocatorTests
{
    private static readonly NeighbourhoodCode West = new("BU02680001");
    private static readonly NeighbourhoodCode East = new("BU02680002");

    private readonly NeighbourhoodLocator _locator = new(
    [
        new Neighbourhood(West, "West", Shapes.Square(5.0, 51.0, 0.1), 100, true, 0, null),
        new Neighbourhood(East, "East", Shapes.Square(5.1, 51.0, 0.1), 100, true, 0, null),
    ]);

    [Fact]
    public void Count_IsTheNumberOfNeighbourhoods() => Assert.Equal(2, _locator.Count);

    [Theory]
    [InlineData(5.05, 51.05, "BU02680001")]
    [InlineData(5.15, 51.05, "BU02680002")]
    public void Locate_InsideASquare_GivesThatSquare(double lon, double lat, string expected) =>
        Assert.Equal(new NeighbourhoodCode(expected), _locator.Locate(new GeoPoint(lon, lat)));

    [Fact]
    public void Locate_OnTheOuterBoundary_StillBelongs() => Assert.Equal(West, _locator.Locate(new GeoPoint(5.0, 51.05)));

    [Fact]
    public void Locate_Outside_IsNull() => Assert.Null(_locator.Locate(new GeoPoint(5.25, 51.05)));

    [Fact]
    public void LocateOrReject_Outside_NamesTheGivenField() =>
        Assert.Equal(["location"], Violations.FieldsOf(() => _locator.LocateOrReject(new GeoPoint(4.9, 52.37), "location")));
}
