using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Domain.Tests.Geography;

public sealed class GeoPointTests
{
    [Fact]
    public void Construction_OutOfRange_NamesBothFields() =>
        Assert.Equal(["longitude", "latitude"], Violations.FieldsOf(() => _ = new GeoPoint(181, -91)));

    [Theory]
    [InlineData(double.NaN, 0, "longitude")]
    [InlineData(0, double.PositiveInfinity, "latitude")]
    public void Construction_NotFinite_IsRejected(double longitude, double latitude, string field) =>
        Assert.Equal([field], Violations.FieldsOf(() => _ = new GeoPoint(longitude, latitude)));

    [Fact]
    public void ToString_IsInvariant() => Assert.Equal("(5.8625, 51.8445)", new GeoPoint(5.8625, 51.8445).ToString());
}

public sealed class RdPointTests
{
    [Fact]
    public void DistanceTo_IsEuclidean() => Assert.Equal(5.0, new RdPoint(0, 0).DistanceTo(new RdPoint(3, 4)), 12);
}
