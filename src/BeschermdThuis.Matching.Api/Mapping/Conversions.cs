using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using Google.Type;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace BeschermdThuis.Matching.Api.Mapping;

/// <summary>Dates, points and geometry between their proto and domain forms.</summary>
public static class Conversions
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    public static DateOnly ToDateOnly(Date? date, string field)
    {
        if (date is null)
        {
            throw new DomainValidationException(field, "is required");
        }
        if (date.Year is < 1 or > 9999 || date.Month is < 1 or > 12 || date.Day < 1 || date.Day > System.DateTime.DaysInMonth(date.Year, date.Month))
        {
            throw new DomainValidationException(field, $"{date.Year:0000}-{date.Month:00}-{date.Day:00} is not a calendar date: give year, month (1-12) and day");
        }
        return new DateOnly(date.Year, date.Month, date.Day);
    }

    public static Date ToProto(DateOnly date) => new() { Year = date.Year, Month = date.Month, Day = date.Day };

    public static GeoPoint ToGeoPoint(LatLng? point, string field)
    {
        if (point is null)
        {
            throw new DomainValidationException(field, "is required: latitude and longitude in WGS84 degrees");
        }
        try
        {
            return new GeoPoint(point.Longitude, point.Latitude);
        }
        catch (DomainValidationException e)
        {
            throw new DomainValidationException(field, string.Join("; ", e.Violations.Select(v => $"{v.Field} {v.Description}")));
        }
    }

    public static LatLng ToProto(GeoPoint point) => new() { Latitude = point.Latitude, Longitude = point.Longitude };

    /// <summary>A WGS84 polygon or multipolygon from WKT; empty text means none.</summary>
    public static Geometry? ToGeometry(string wkt, string field)
    {
        if (string.IsNullOrWhiteSpace(wkt))
        {
            return null;
        }
        try
        {
            return new WKTReader(Wgs84.GeometryServices).Read(wkt);
        }
        catch (ParseException e)
        {
            throw new DomainValidationException(field, $"is not well-known text: {e.Message}");
        }
        catch (ArgumentException e)
        {
            throw new DomainValidationException(field, $"is not a valid geometry: {e.Message}");
        }
    }

    public static string ToWkt(Geometry? geometry) => geometry is null ? string.Empty : new WKTWriter().Write(geometry);

    /// <summary>A per-thousand figure as a decimal, refusing NaN and infinities (a cast would throw).</summary>
    public static decimal ToDecimal(double value, string field) =>
        double.IsFinite(value) && Math.Abs(value) < 1e9
            ? decimal.Round((decimal)value, 4)
            : throw new DomainValidationException(field, "must be a finite number");
}
