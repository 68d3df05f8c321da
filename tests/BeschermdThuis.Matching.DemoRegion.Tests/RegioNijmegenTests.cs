using BeschermdThuis.Matching.Domain.Geography;
using NetTopologySuite.Geometries;

namespace BeschermdThuis.Matching.DemoRegion.Tests;

public sealed class RegioNijmegenTests(DemoRegionFixture fixture) : IClassFixture<DemoRegionFixture>
{
    private readonly DemoRegionData _data = fixture.Region;

    [Fact]
    public void Load_HasSixMunicipalities39DistrictsAnd213Neighbourhoods()
    {
        Assert.Equal("regio-nijmegen", _data.Region.Id);
        Assert.Equal("Rijk van Nijmegen", _data.Region.Name);
        Assert.Equal(
            ["GM0209", "GM0252", "GM0268", "GM0296", "GM0944", "GM1945"],
            _data.Region.Municipalities.Select(m => m.Code.Value));
        Assert.Equal(39, _data.Region.Districts.Count);
        Assert.Equal(213, _data.Neighbourhoods.Count);
        Assert.Equal(213, _data.Neighbourhoods.Select(n => n.Code).Distinct().Count());
    }

    [Fact]
    public void Load_NeighbourhoodCountsPerMunicipalityMatchTheReadme()
    {
        var counts = _data.Neighbourhoods.GroupBy(n => n.Municipality.Value).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(44, counts["GM0209"]);
        Assert.Equal(19, counts["GM0252"]);
        Assert.Equal(44, counts["GM0268"]);
        Assert.Equal(60, counts["GM0296"]);
        Assert.Equal(5, counts["GM0944"]);
        Assert.Equal(41, counts["GM1945"]);
    }

    [Fact]
    public void Load_EveryBoundaryIsAValidWgs84PolygonInsideTheRegion()
    {
        Assert.All(_data.Neighbourhoods, n =>
        {
            Assert.True(n.Boundary is Polygon or MultiPolygon, $"{n.Code} is a {n.Boundary.GeometryType}");
            Assert.True(n.Boundary.IsValid, $"{n.Code} is not valid");
            Assert.False(n.Boundary.IsEmpty);
            var envelope = n.Boundary.EnvelopeInternal;
            Assert.InRange(envelope.MinX, 5.5, 6.1);
            Assert.InRange(envelope.MaxY, 51.6, 52.0);
        });
    }

    [Fact]
    public void Load_EveryNeighbourhoodLiesInAKnownDistrict()
    {
        var districts = _data.Region.Districts.Select(d => d.Code).ToHashSet();
        Assert.All(_data.Neighbourhoods, n => Assert.Contains(n.District, districts));
    }

    [Fact]
    public void Load_MunicipalInhabitantsAreKeptWhereGivenAndAbsentForMookEnMiddelaar()
    {
        var byCode = _data.Region.Municipalities.ToDictionary(m => m.Code.Value);
        Assert.Equal(187_011, byCode["GM0268"].Inhabitants);
        Assert.Equal(26_723, byCode["GM0209"].Inhabitants);
        Assert.Null(byCode["GM0944"].Inhabitants);
    }

    [Fact]
    public void Load_NeighbourhoodInhabitantsAreEstimatesThatAddUpToTheMunicipalTotal()
    {
        Assert.All(_data.Neighbourhoods, n => Assert.True(n.InhabitantsEstimated));
        foreach (var municipality in _data.Region.Municipalities)
        {
            var sum = _data.Neighbourhoods.Where(n => n.Municipality == municipality.Code).Sum(n => n.Inhabitants);
            var expected = municipality.Inhabitants
                ?? _data.Settings.MunicipalInhabitantsEstimates.Single(e => e.Municipality == municipality.Code.Value).Inhabitants;
            Assert.Equal(expected, sum);
        }
    }

    [Fact]
    public void Load_MookEnMiddelaarUsesTheLabelledEstimateFromTheSettings()
    {
        var estimate = Assert.Single(_data.Settings.MunicipalInhabitantsEstimates);
        Assert.Equal("GM0944", estimate.Municipality);
        Assert.InRange(estimate.Inhabitants, 7_000, 9_000);
        Assert.Contains("ESTIMATE", estimate.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LargerBuurtOfAMunicipalityGetsMoreInhabitantsUnderSqrtAreaWeight()
    {
        Assert.Equal(Loading.InhabitantsWeight.SqrtArea, _data.Settings.NeighbourhoodInhabitantsWeight);
        // Beuningen-Buitengebied Zuid (6.310 km²) against Beuningen-Centrum (0.176 km²): ratio sqrt(6.310 / 0.176) ≈ 5.99.
        var large = _data.Neighbourhood(new NeighbourhoodCode("BU02090101")).Inhabitants;
        var small = _data.Neighbourhood(new NeighbourhoodCode("BU02090111")).Inhabitants;
        Assert.InRange((double)large / small, 5.9, 6.1);
    }

    [Fact]
    public void Load_DefaultLimitsComeFromTheSettingsFile()
    {
        Assert.Equal(2, _data.Region.DefaultLimits.NewPlacementsPerPeriod);
        Assert.Equal(3.0m, _data.Region.DefaultLimits.MaxProtectedHomesPerThousandInhabitants);
    }

    [Fact]
    public void Load_NeighbourhoodsCarryNoGeneratedDataYet()
    {
        Assert.All(_data.Neighbourhoods, n => Assert.Equal(0, n.ExistingProtectedHomes));
        Assert.All(_data.Neighbourhoods, n => Assert.Null(n.LimitsOverride));
    }

    [Fact]
    public void Load_TwiceGivesEqualData()
    {
        var again = RegioNijmegen.Load();
        Assert.Equal(_data.Region.Municipalities, again.Region.Municipalities);
        Assert.Equal(_data.Region.Districts, again.Region.Districts);
        Assert.Equal(_data.Neighbourhoods, again.Neighbourhoods);
    }

    [Theory]
    [InlineData("regio-nijmegen/README.md")]
    [InlineData("regio-nijmegen/buurten.geojson")]
    [InlineData("regio-nijmegen/buurten.csv")]
    [InlineData("regio-nijmegen/wijken.csv")]
    [InlineData("regio-nijmegen/gemeenten.csv")]
    [InlineData("regio-nijmegen/demo-settings.json")]
    public void Assembly_EmbedsTheDataFile(string resource)
    {
        using var stream = typeof(RegioNijmegen).Assembly.GetManifestResourceStream(resource);
        Assert.NotNull(stream);
        Assert.True(stream.Length > 0);
    }

    [Fact]
    public void Assembly_EmbeddedReadmeKeepsTheAttribution()
    {
        using var stream = typeof(RegioNijmegen).Assembly.GetManifestResourceStream("regio-nijmegen/README.md")!;
        var readme = new StreamReader(stream).ReadToEnd();
        Assert.Contains("Bron: CBS / Kadaster, Wijk- en Buurtkaart 2025", readme, StringComparison.Ordinal);
        Assert.Contains("CC BY 4.0", readme, StringComparison.Ordinal);
        Assert.StartsWith("Bron: CBS / Kadaster, Wijk- en Buurtkaart 2025", DemoRegionData.Attribution, StringComparison.Ordinal);
    }
}
