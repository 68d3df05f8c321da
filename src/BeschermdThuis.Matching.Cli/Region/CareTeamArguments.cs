using System.Globalization;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Domain.Care;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;

namespace BeschermdThuis.Matching.Cli.Region;

/// <summary>The option values of <c>care-teams create|update</c> turned into the domain's values; a wrong one names its option.</summary>
internal static class CareTeamArguments
{
    /// <summary>
    /// "LAT,LON" with decimal points (51.8245,5.8606), or the two numbers separated by a space or a semicolon, each
    /// with a decimal comma or point ("51,8245 5,8606", 51,8245;5,8606); also 51,8245,5,8606 (two Dutch decimals).
    /// </summary>
    public static GeoPoint Base(string text)
    {
        var parts = text.Split([' ', ';', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 1)
        {
            var commas = text.Split(',', StringSplitOptions.TrimEntries);
            parts = commas.Length switch
            {
                2 => commas,
                4 => [commas[0] + "," + commas[1], commas[2] + "," + commas[3]],
                _ => parts,
            };
        }
        if (parts.Length != 2)
        {
            throw BadBase(text);
        }
        var (latitude, longitude) = (Degrees(parts[0], text), Degrees(parts[1], text));
        // 51,8245 reads as latitude 51, longitude 8245: name the option, not the domain's longitude field.
        return latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180
            ? new GeoPoint(longitude, latitude)
            : throw BadBase(text);
    }

    /// <summary>
    /// The service area: the municipalities given and the area the given neighbourhoods cover together (their boundaries
    /// joined), so a team that works in a few neighbourhoods covers exactly those.
    /// </summary>
    public static ServiceArea ServiceArea(RegionSnapshot region, string[] municipalities, string[] neighbourhoods)
    {
        var validator = new Validator();
        var codes = new List<MunicipalityCode>();
        foreach (var code in municipalities)
        {
            var valid = MunicipalityCode.IsValid(code);
            validator.Require(valid, "--municipality", $"{FreeText.Quote(code)} is not a CBS municipality code (GM and 4 digits)");
            if (valid)
            {
                codes.Add(new MunicipalityCode(code));
            }
        }
        var boundaries = new List<Geometry>();
        foreach (var code in neighbourhoods)
        {
            var neighbourhood = region.Neighbourhoods.FirstOrDefault(n => n.Code.Value == code);
            validator.Require(neighbourhood is not null, "--neighbourhood", $"{FreeText.Quote(code)} is not a neighbourhood of {region.Region.Id} (BU and 8 digits)");
            if (neighbourhood is not null)
            {
                boundaries.Add(neighbourhood.Boundary);
            }
        }
        validator.Require(municipalities.Length > 0 || neighbourhoods.Length > 0, "--municipality",
            "give the municipalities (--municipality) or neighbourhoods (--neighbourhood) the team works in");
        validator.ThrowIfInvalid();
        return new ServiceArea(codes, boundaries.Count == 0 ? null : UnaryUnionOp.Union(boundaries));
    }

    private static double Degrees(string part, string text) =>
        part.Count(c => c is ',' or '.') <= 1
        && double.TryParse(part.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw BadBase(text);

    private static DomainValidationException BadBase(string text) =>
        new("--base", $"{FreeText.Quote(text)} is not LAT,LON in degrees, latitude first (51.8245,5.8606 or \"51,8245 5,8606\")");
}
