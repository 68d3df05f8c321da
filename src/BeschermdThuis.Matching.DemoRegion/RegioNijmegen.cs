using System.Globalization;
using System.Text.Json;
using BeschermdThuis.Matching.DemoRegion.Loading;
using BeschermdThuis.Matching.Domain.Geography;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace BeschermdThuis.Matching.DemoRegion;

/// <summary>
/// Loads the Rijk van Nijmegen demo region from the embedded CBS / Kadaster Wijk- en Buurtkaart 2025 files:
/// 6 municipalities, 39 districts, 213 neighbourhoods with their WGS84 boundaries.
/// </summary>
/// <remarks>
/// Inhabitants per buurt are not in the data. Each buurt gets an estimate (flagged <c>InhabitantsEstimated</c>):
/// the municipal total spread over its buurten in proportion to the square root of the buurt's area
/// (<c>oppervlakte_km2</c>), or in equal shares, as <c>demo-settings.json</c> says. Mook en Middelaar has no
/// published total in the data; its total is the labelled estimate from the settings file, and the
/// municipality itself keeps no inhabitants figure.
/// </remarks>
public static class RegioNijmegen
{
    private static readonly JsonSerializerOptions GeoJsonOptions = new() { Converters = { new GeoJsonConverterFactory() } };

    public static DemoRegionData Load()
    {
        var settings = DemoSettings.Parse(EmbeddedData.ReadText("demo-settings.json"));
        var municipalities = Csv.Parse(EmbeddedData.ReadText("gemeenten.csv"))
            .Select(r => new Municipality(
                new MunicipalityCode(r["gemeentecode"]),
                r["gemeentenaam"],
                r["inwoners"].Length == 0 ? null : int.Parse(r["inwoners"], CultureInfo.InvariantCulture)))
            .OrderBy(m => m.Code.Value, StringComparer.Ordinal)
            .ToList();
        var districts = Csv.Parse(EmbeddedData.ReadText("wijken.csv"))
            .Select(r => new District(new DistrictCode(r["wijkcode"]), r["wijknaam"]))
            .OrderBy(d => d.Code.Value, StringComparer.Ordinal)
            .ToList();
        var region = new Region(
            settings.RegionId,
            settings.RegionName,
            municipalities,
            districts,
            new LoadLimits(settings.NewPlacementsPerPeriod, settings.MaxProtectedHomesPerThousandInhabitants));
        return new DemoRegionData(region, LoadNeighbourhoods(municipalities, settings), settings);
    }

    private static List<Neighbourhood> LoadNeighbourhoods(IReadOnlyList<Municipality> municipalities, DemoSettings settings)
    {
        var boundaries = ReadBoundaries();
        var buurten = Csv.Parse(EmbeddedData.ReadText("buurten.csv"))
            .Select(r => (
                Code: new NeighbourhoodCode(r["buurtcode"]),
                Name: r["buurtnaam"],
                AreaKm2: double.Parse(r["oppervlakte_km2"], CultureInfo.InvariantCulture)))
            .OrderBy(b => b.Code.Value, StringComparer.Ordinal)
            .ToList();
        var neighbourhoods = new List<Neighbourhood>(buurten.Count);
        foreach (var municipality in municipalities)
        {
            var own = buurten.Where(b => b.Code.Municipality == municipality.Code).ToList();
            var inhabitants = InhabitantsEstimator.Spread(
                MunicipalTotal(municipality, settings), [.. own.Select(b => b.AreaKm2)], settings.NeighbourhoodInhabitantsWeight);
            for (var i = 0; i < own.Count; i++)
            {
                var boundary = boundaries.TryGetValue(own[i].Code.Value, out var geometry)
                    ? geometry
                    : throw new InvalidDataException($"{own[i].Code} has no boundary in buurten.geojson");
                neighbourhoods.Add(new Neighbourhood(own[i].Code, own[i].Name, boundary, inhabitants[i], true, 0, null));
            }
        }
        return [.. neighbourhoods.OrderBy(n => n.Code.Value, StringComparer.Ordinal)];
    }

    private static int MunicipalTotal(Municipality municipality, DemoSettings settings) =>
        municipality.Inhabitants
        ?? settings.MunicipalInhabitantsEstimates.FirstOrDefault(e => e.Municipality == municipality.Code.Value)?.Inhabitants
        ?? throw new InvalidDataException($"{municipality.Code} has no inhabitants and no estimate in demo-settings.json");

    private static Dictionary<string, Geometry> ReadBoundaries()
    {
        var features = JsonSerializer.Deserialize<FeatureCollection>(EmbeddedData.ReadText("buurten.geojson"), GeoJsonOptions)
            ?? throw new InvalidDataException("buurten.geojson is empty");
        var boundaries = new Dictionary<string, Geometry>(StringComparer.Ordinal);
        foreach (var feature in features)
        {
            var code = feature.Attributes.GetOptionalValue("buurtcode")?.ToString()
                ?? throw new InvalidDataException("a feature in buurten.geojson has no buurtcode");
            var geometry = feature.Geometry.Copy();
            geometry.SRID = 4326;
            boundaries.Add(code, geometry);
        }
        return boundaries;
    }
}
