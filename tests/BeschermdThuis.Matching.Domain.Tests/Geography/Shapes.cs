using NetTopologySuite.Geometries;

namespace BeschermdThuis.Matching.Domain.Tests.Geography;

/// <summary>Small WGS84 test shapes.</summary>
internal static class Shapes
{
    public static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    /// <summary>An axis-aligned square with its south-west corner at (lon, lat).</summary>
    public static Polygon Square(double lon, double lat, double size) => Factory.CreatePolygon(
    [
        new Coordinate(lon, lat), new Coordinate(lon + size, lat), new Coordinate(lon + size, lat + size),
        new Coordinate(lon, lat + size), new Coordinate(lon, lat),
    ]);

    /// <summary>A self-intersecting "bow tie": not a valid polygon.</summary>
    public static Polygon BowTie() => Factory.CreatePolygon(
    [
        new Coordinate(0, 0), new Coordinate(1, 1), new Coordinate(1, 0), new Coordinate(0, 1), new Coordinate(0, 0),
    ]);
}
