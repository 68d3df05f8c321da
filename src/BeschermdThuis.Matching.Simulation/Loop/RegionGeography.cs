using BeschermdThuis.Matching.Domain.Care;
using BeschermdThuis.Matching.Domain.Geography;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace BeschermdThuis.Matching.Simulation.Loop;

/// <summary>
/// The region as the draws need it, built once per replication in code order (never dictionary order): the
/// neighbourhoods and districts of each municipality, the care teams serving it, and random points inside a neighbourhood.
/// </summary>
internal sealed class RegionGeography
{
    private const int MaxAttempts = 1_000;

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    private readonly Dictionary<NeighbourhoodCode, IPreparedGeometry> _prepared = [];

    public RegionGeography(RegionReference region)
    {
        Municipalities = [.. region.Municipalities.Select(m => m.Code).OrderBy(m => m.Value, StringComparer.Ordinal)];
        NeighbourhoodsOf = Municipalities.ToDictionary(
            m => m, m => (IReadOnlyList<Neighbourhood>)[.. region.Neighbourhoods.Where(n => n.Municipality == m).OrderBy(n => n.Code.Value, StringComparer.Ordinal)]);
        DistrictsOf = Municipalities.ToDictionary(
            m => m, m => (IReadOnlyList<DistrictCode>)[.. NeighbourhoodsOf[m].Select(n => n.District).Distinct().OrderBy(d => d.Value, StringComparer.Ordinal)]);
        TeamsServing = Municipalities.ToDictionary(
            m => m, m => (IReadOnlyList<CareTeam>)[.. region.CareTeams.Where(t => Serves(t, NeighbourhoodsOf[m], m))]);
    }

    /// <summary>The region's municipalities in code order.</summary>
    public IReadOnlyList<MunicipalityCode> Municipalities { get; }

    public IReadOnlyDictionary<MunicipalityCode, IReadOnlyList<Neighbourhood>> NeighbourhoodsOf { get; }

    public IReadOnlyDictionary<MunicipalityCode, IReadOnlyList<DistrictCode>> DistrictsOf { get; }

    public IReadOnlyDictionary<MunicipalityCode, IReadOnlyList<CareTeam>> TeamsServing { get; }

    /// <summary>A neighbourhood of the municipality, likelier where more people live.</summary>
    public Neighbourhood PickNeighbourhood(Random random, MunicipalityCode municipality)
    {
        var candidates = NeighbourhoodsOf[municipality];
        var roll = random.NextDouble() * candidates.Sum(n => n.Inhabitants + 1.0);
        foreach (var n in candidates)
        {
            roll -= n.Inhabitants + 1.0;
            if (roll < 0)
            {
                return n;
            }
        }
        return candidates[^1];
    }

    /// <summary>A point inside the neighbourhood (rejection sampling in its envelope; its interior point if that keeps missing).</summary>
    public GeoPoint PointIn(Random random, Neighbourhood neighbourhood)
    {
        if (!_prepared.TryGetValue(neighbourhood.Code, out var prepared))
        {
            prepared = PreparedGeometryFactory.Prepare(neighbourhood.Boundary);
            _prepared.Add(neighbourhood.Code, prepared);
        }
        var envelope = neighbourhood.Boundary.EnvelopeInternal;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var longitude = Math.Round(envelope.MinX + (random.NextDouble() * envelope.Width), 6);
            var latitude = Math.Round(envelope.MinY + (random.NextDouble() * envelope.Height), 6);
            if (prepared.Contains(Factory.CreatePoint(new Coordinate(longitude, latitude))))
            {
                return new GeoPoint(longitude, latitude);
            }
        }
        var inside = neighbourhood.Boundary.InteriorPoint;
        return new GeoPoint(inside.X, inside.Y);
    }

    private static bool Serves(CareTeam team, IReadOnlyList<Neighbourhood> neighbourhoods, MunicipalityCode municipality) =>
        team.ServiceArea.Municipalities.Contains(municipality)
        || (team.ServiceArea.Area is { } area && neighbourhoods.Any(n => area.Intersects(n.Boundary)));
}
