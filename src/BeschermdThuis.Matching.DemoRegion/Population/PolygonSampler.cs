using BeschermdThuis.Matching.Domain.Geography;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace BeschermdThuis.Matching.DemoRegion.Population;

/// <summary>
/// Random points inside a real boundary: draw in the envelope, keep the first point the polygon contains
/// (rejection sampling, so points are uniform over the polygon's area in degrees).
/// </summary>
internal static class PolygonSampler
{
    private const int MaxAttempts = 10_000;

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public static GeoPoint SampleInside(Random random, Geometry boundary)
    {
        var prepared = PreparedGeometryFactory.Prepare(boundary);
        var envelope = boundary.EnvelopeInternal;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            // Six decimals (about 0.1 m) is how positions are stored; the containment test is on the rounded point.
            var longitude = Math.Round(random.Between(envelope.MinX, envelope.MaxX), 6);
            var latitude = Math.Round(random.Between(envelope.MinY, envelope.MaxY), 6);
            if (prepared.Contains(Factory.CreatePoint(new Coordinate(longitude, latitude))))
            {
                return new GeoPoint(longitude, latitude);
            }
        }
        throw new InvalidOperationException($"no point found inside a boundary after {MaxAttempts} attempts");
    }
}
