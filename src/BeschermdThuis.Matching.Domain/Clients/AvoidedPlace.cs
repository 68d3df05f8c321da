using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Domain.Clients;

/// <summary>
/// A place the client keeps away from (a former address, a place that triggers relapse): no unit within
/// <see cref="RadiusMetres"/> of it (straight line in RD New metres). Principle 2, like the neighbourhood of origin,
/// but for a point.
/// </summary>
/// <remarks>
/// The point is kept only at reduced precision, so no exact address is ever stored: on construction it is projected
/// to RD New (EPSG:28992) and snapped to the nearest point of a <see cref="GridMetres"/> m grid (each coordinate
/// rounded to a multiple of 10 m). Each coordinate moves at most 5 m, so the kept point lies at most
/// <see cref="MaxSnapMetres"/> (5√2 ≈ 7.07 m) from the point given, and the rule excludes exactly the units it was
/// meant to exclude except those within 7.07 m of the circle's edge: within 10 m of intent. Only the grid point exists
/// afterwards; <see cref="Location"/> is that grid point in WGS84, and giving it back yields the same place.
/// </remarks>
public sealed record AvoidedPlace
{
    /// <summary>The grid the point is snapped to, in RD New metres.</summary>
    public const int GridMetres = 10;

    /// <summary>The furthest the kept point lies from the point given: half the grid's diagonal.</summary>
    public static readonly double MaxSnapMetres = GridMetres * Math.Sqrt(2) / 2;

    /// <summary>Snaps <paramref name="location"/> to the grid (see the remarks); it must lie where RD New is defined.</summary>
    public AvoidedPlace(GeoPoint location, int radiusMetres)
    {
        Check(InRdArea(location), radiusMetres);
        var rd = RdNewProjection.Instance.Project(location);
        GridEast = Snap(rd.X);
        GridNorth = Snap(rd.Y);
        RadiusMetres = radiusMetres;
        Location = RdNewProjection.Instance.Unproject(Centre);
    }

    private AvoidedPlace(int gridEast, int gridNorth, int radiusMetres, GeoPoint location)
    {
        GridEast = gridEast;
        GridNorth = gridNorth;
        RadiusMetres = radiusMetres;
        Location = location;
    }

    /// <summary>The grid point's easting in RD New, in units of <see cref="GridMetres"/> m.</summary>
    public int GridEast { get; }

    /// <summary>The grid point's northing in RD New, in units of <see cref="GridMetres"/> m.</summary>
    public int GridNorth { get; }

    public int RadiusMetres { get; }

    /// <summary>The kept (grid) point in WGS84, for the client's desk to see; never the point first given.</summary>
    public GeoPoint Location { get; }

    /// <summary>The kept point in RD New metres: the centre of the circle the rule keeps clear.</summary>
    public RdPoint Centre => new((double)GridEast * GridMetres, (double)GridNorth * GridMetres);

    /// <summary>A place as stored: the grid point itself (see <see cref="GridEast"/>), checked like a new one.</summary>
    public static AvoidedPlace FromGrid(int gridEast, int gridNorth, int radiusMetres)
    {
        var location = RdNewProjection.Instance.Unproject(new RdPoint((double)gridEast * GridMetres, (double)gridNorth * GridMetres));
        Check(InRdArea(location), radiusMetres);
        return new AvoidedPlace(gridEast, gridNorth, radiusMetres, location);
    }

    private static int Snap(double metres) => (int)Math.Round(metres / GridMetres, MidpointRounding.AwayFromZero);

    private static bool InRdArea(GeoPoint p) =>
        p.Longitude is >= DomainRanges.RdNewMinLongitude and <= DomainRanges.RdNewMaxLongitude
        && p.Latitude is >= DomainRanges.RdNewMinLatitude and <= DomainRanges.RdNewMaxLatitude;

    private static void Check(bool inArea, int radiusMetres) =>
        new Validator()
            .Require(inArea, "location", FormattableString.Invariant(
                $"must lie where RD New is defined: longitude {DomainRanges.RdNewMinLongitude} to {DomainRanges.RdNewMaxLongitude}, latitude {DomainRanges.RdNewMinLatitude} to {DomainRanges.RdNewMaxLatitude}"))
            .InRange(radiusMetres, DomainRanges.MinAvoidedPlaceRadiusMetres, DomainRanges.MaxAvoidedPlaceRadiusMetres, "radius_metres")
            .ThrowIfInvalid();
}
