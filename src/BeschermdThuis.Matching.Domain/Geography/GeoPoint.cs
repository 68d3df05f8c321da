using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Domain.Geography;

/// <summary>A WGS84 position as the outside world gives it: longitude and latitude in degrees.</summary>
public readonly record struct GeoPoint
{
    public GeoPoint(double longitude, double latitude)
    {
        new Validator()
            .Require(double.IsFinite(longitude) && longitude is >= -180 and <= 180, "longitude", "must be between -180 and 180 degrees")
            .Require(double.IsFinite(latitude) && latitude is >= -90 and <= 90, "latitude", "must be between -90 and 90 degrees")
            .ThrowIfInvalid();
        Longitude = longitude;
        Latitude = latitude;
    }

    public double Longitude { get; }

    public double Latitude { get; }

    public override string ToString() =>
        FormattableString.Invariant($"({Longitude:0.######}, {Latitude:0.######})");
}

/// <summary>A position in RD New (EPSG:28992), metres east and north; distances between RD points are metric.</summary>
public readonly record struct RdPoint(double X, double Y)
{
    public double DistanceTo(RdPoint other)
    {
        var dx = X - other.X;
        var dy = Y - other.Y;
        return Math.Sqrt(dx * dx + dy * dy);
    }
}
