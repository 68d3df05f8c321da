using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Tests.Ranges;

namespace BeschermdThuis.Matching.Domain.Tests.Clients;

/// <summary>An avoided place keeps only its 10 m grid point in RD New, and that stays within 10 m of the point given.</summary>
public sealed class AvoidedPlaceTests
{
    private static readonly GeoPoint Nijmegen = new(5.8625, 51.8445);

    /// <summary>The property, over 20,000 seeded random points across the whole RD New area.</summary>
    [Fact]
    public void Construction_KeepsAPointAtMost707CentimetresFromThePointGiven_OnTheGrid_AndGivingItBackKeepsIt()
    {
        var random = new Random(20_251_125);
        var worst = 0.0;
        for (var i = 0; i < 20_000; i++)
        {
            var given = new GeoPoint(
                DomainRanges.RdNewMinLongitude + (random.NextDouble() * (DomainRanges.RdNewMaxLongitude - DomainRanges.RdNewMinLongitude)),
                DomainRanges.RdNewMinLatitude + (random.NextDouble() * (DomainRanges.RdNewMaxLatitude - DomainRanges.RdNewMinLatitude)));

            var place = new AvoidedPlace(given, 250);

            var off = RdNewProjection.Instance.Project(given).DistanceTo(place.Centre);
            worst = Math.Max(worst, off);
            Assert.True(off <= AvoidedPlace.MaxSnapMetres + 1e-6, $"{given}: kept {off:0.000} m away");
            Assert.True(RdNewProjection.Instance.Project(place.Location).DistanceTo(place.Centre) < 0.0001, $"{given}: location is not the grid point");
            Assert.Equal(place, new AvoidedPlace(place.Location, 250));
            Assert.Equal(place, AvoidedPlace.FromGrid(place.GridEast, place.GridNorth, 250));
        }
        // The bound is tight: random points come close to the corners of their grid cell.
        Assert.InRange(worst, 6.9, AvoidedPlace.MaxSnapMetres);
    }

    [Fact]
    public void MaxSnapMetres_IsHalfTheGridDiagonal_UnderTenMetres() => Assert.Equal(7.0711, AvoidedPlace.MaxSnapMetres, 4);

    [Fact]
    public void Construction_ForgetsTheExactPoint()
    {
        var a = new AvoidedPlace(Nijmegen, 300);
        var elsewhereInTheCell = RdNewProjection.Instance.Unproject(new RdPoint((a.GridEast * 10) + 3.9, (a.GridNorth * 10) - 4.2));

        Assert.Equal(a, new AvoidedPlace(elsewhereInTheCell, 300));
        Assert.NotEqual(Nijmegen, a.Location);
    }

    [Theory]
    [InlineData(DomainRanges.MinAvoidedPlaceRadiusMetres - 1, false)]
    [InlineData(DomainRanges.MinAvoidedPlaceRadiusMetres, true)]
    [InlineData(DomainRanges.MaxAvoidedPlaceRadiusMetres, true)]
    [InlineData(DomainRanges.MaxAvoidedPlaceRadiusMetres + 1, false)]
    public void Radius_Bounds(int radius, bool accepted) =>
        ClientRangeTests.AssertBound(accepted, "radius_metres", () => _ = new AvoidedPlace(Nijmegen, radius));

    [Theory]
    [InlineData(2.3, 52.0)]
    [InlineData(7.5, 52.0)]
    [InlineData(5.0, 50.5)]
    [InlineData(5.0, 56.0)]
    [InlineData(-74.0, 40.7)]
    public void Location_OutsideRdNew_IsRefused(double longitude, double latitude) =>
        ClientRangeTests.AssertBound(false, "location", () => _ = new AvoidedPlace(new GeoPoint(longitude, latitude), 100));

    [Fact]
    public void FromGrid_OutsideRdNew_IsRefused() =>
        ClientRangeTests.AssertBound(false, "location", () => _ = AvoidedPlace.FromGrid(200_000, 46_300, 100));

    [Theory]
    [InlineData(DomainRanges.MaxAvoidedPlaces, true)]
    [InlineData(DomainRanges.MaxAvoidedPlaces + 1, false)]
    public void AvoidPlaces_Count(int count, bool accepted) =>
        ClientRangeTests.AssertBound(accepted, "avoid_places", () => _ = new RecoveryConstraints(
            [], null, null, [], [.. Enumerable.Repeat(new AvoidedPlace(Nijmegen, 500), count)]));

    [Fact]
    public void RecoveryConstraints_WithDifferentPlaces_AreNotEqual()
    {
        var one = new RecoveryConstraints([], null, null, [], [new AvoidedPlace(Nijmegen, 500)]);

        Assert.Equal(one, new RecoveryConstraints([], null, null, [], [new AvoidedPlace(Nijmegen, 500)]));
        Assert.NotEqual(one, new RecoveryConstraints([], null, null, [], [new AvoidedPlace(Nijmegen, 600)]));
        Assert.NotEqual(one, RecoveryConstraints.None);
        Assert.Empty(new RecoveryConstraints([], null, null, []).AvoidPlaces);
    }
}
