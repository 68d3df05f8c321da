using BeschermdThuis.Matching.Domain.Common;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace BeschermdThuis.Matching.Domain.Geography;

/// <summary>
/// Finds the neighbourhood a point lies in: an STR-tree over the boundaries' envelopes narrows the candidates,
/// a prepared geometry answers the point-in-polygon test. Built once per region; thread-safe for reading.
/// </summary>
public sealed class NeighbourhoodLocator
{
    private readonly STRtree<(NeighbourhoodCode Code, IPreparedGeometry Boundary)> _index = new();
    private readonly GeometryFactory _factory = new(new PrecisionModel(), 4326);

    public NeighbourhoodLocator(IEnumerable<Neighbourhood> neighbourhoods)
    {
        foreach (var neighbourhood in neighbourhoods)
        {
            _index.Insert(neighbourhood.Boundary.EnvelopeInternal, (neighbourhood.Code, PreparedGeometryFactory.Prepare(neighbourhood.Boundary)));
            Count++;
        }
        _index.Build();
    }

    public int Count { get; }

    /// <summary>The neighbourhood containing the point, or null when the point lies outside every boundary.</summary>
    public NeighbourhoodCode? Locate(GeoPoint point)
    {
        var geometry = _factory.CreatePoint(new Coordinate(point.Longitude, point.Latitude));
        foreach (var (code, boundary) in _index.Query(geometry.EnvelopeInternal))
        {
            // Covers, not Contains: a point exactly on the boundary still belongs to a neighbourhood.
            if (boundary.Covers(geometry))
            {
                return code;
            }
        }
        return null;
    }

    /// <summary>Like <see cref="Locate"/>, but a point outside the region is a field violation.</summary>
    public NeighbourhoodCode LocateOrReject(GeoPoint point, string field) =>
        Locate(point) ?? throw new DomainValidationException(field, $"point {point} lies outside every neighbourhood of the region");
}
