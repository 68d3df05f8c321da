using BeschermdThuis.Matching.Domain.Geography;
using NetTopologySuite.Geometries;

namespace BeschermdThuis.Matching.Domain.Tests.Geography;

public sealed class RdNewProjectionTests
{
    private static readonly GeoPoint Stadscentrum = new(5.8625, 51.8445);
    private static readonly GeoPoint Heijendaal = new(5.866, 51.822);

    [Fact]
    public void Project_AmersfoortReferencePoint_LandsOnTheRdOrigin()
    {
        // The Onze Lieve Vrouwetoren in Amersfoort, the origin of RD: (155000, 463000) by definition.
        var rd = RdNewProjection.Instance.Project(new GeoPoint(5.38720621, 52.15517440));
        Assert.True(rd.DistanceTo(new RdPoint(155_000, 463_000)) < 2, $"projected to ({rd.X:0.00}, {rd.Y:0.00})");
    }

    [Fact]
    public void Project_StadscentrumToHeijendaal_MatchesAHandComputation()
    {
        // By hand on the WGS84 ellipsoid at the mean latitude φ: north–south M·Δφ, east–west N·cosφ·Δλ, with
        // M = a(1−e²)/(1−e²sin²φ)^1.5 and N = a/√(1−e²sin²φ); RD's scale factor here differs from 1 by under 1e-4.
        const double a = 6_378_137;
        const double e2 = 0.00669438;
        var phi = double.DegreesToRadians((Stadscentrum.Latitude + Heijendaal.Latitude) / 2);
        var w = 1 - (e2 * Math.Sin(phi) * Math.Sin(phi));
        var m = a * (1 - e2) / Math.Pow(w, 1.5);
        var n = a / Math.Sqrt(w);
        var north = m * double.DegreesToRadians(Stadscentrum.Latitude - Heijendaal.Latitude);
        var east = n * Math.Cos(phi) * double.DegreesToRadians(Stadscentrum.Longitude - Heijendaal.Longitude);
        var byHand = Math.Sqrt((north * north) + (east * east));

        var projected = RdNewProjection.Instance.Project(Stadscentrum).DistanceTo(RdNewProjection.Instance.Project(Heijendaal));

        Assert.InRange(byHand, 2_500, 2_530);
        Assert.InRange(projected, byHand - 2, byHand + 2);
    }

    [Fact]
    public void Project_Nijmegen_IsEastAndSouthOfAmersfoort()
    {
        var rd = RdNewProjection.Instance.Project(Stadscentrum);
        Assert.InRange(rd.X, 185_000, 190_000);
        Assert.InRange(rd.Y, 425_000, 432_000);
    }

    [Fact]
    public void Project_Geometry_ProjectsEveryCoordinateAndLeavesTheInputAlone()
    {
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        var line = factory.CreateLineString([new Coordinate(5.8625, 51.8445), new Coordinate(5.866, 51.822)]);

        var projected = RdNewProjection.Instance.Project(line);

        Assert.Equal(RdNewProjection.Srid, projected.SRID);
        Assert.Equal(5.8625, line.Coordinates[0].X);
        var expected = RdNewProjection.Instance.Project(Stadscentrum).DistanceTo(RdNewProjection.Instance.Project(Heijendaal));
        Assert.Equal(expected, projected.Length, 6);
    }
}
