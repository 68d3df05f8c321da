using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Tests.Geography;
using NetTopologySuite.Geometries;
using static BeschermdThuis.Matching.Domain.Tests.Ranges.ClientRangeTests;

namespace BeschermdThuis.Matching.Domain.Tests.Ranges;

public sealed class RegionRangeTests
{
    private static readonly NeighbourhoodCode Code = new("BU02680001");

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(DomainRanges.MaxNewPlacementsPerPeriod, true)]
    [InlineData(DomainRanges.MaxNewPlacementsPerPeriod + 1, false)]
    [InlineData(int.MaxValue, false)] // the reproduction: accepted, then the region's load overflowed
    public void NewPlacementsPerPeriod_Bounds(int placements, bool accepted) =>
        AssertBound(accepted, "new_placements_per_period", () => _ = new LoadLimits(placements, 3m));

    [Theory]
    [InlineData("-0.001", false)]
    [InlineData("0", true)]
    [InlineData("1000", true)]
    [InlineData("1000.001", false)]
    [InlineData("999999999.9", false)] // the reproduction
    public void MaxProtectedHomesPerThousand_Bounds(string perThousand, bool accepted) =>
        AssertBound(accepted, "max_protected_homes_per_thousand",
            () => _ = new LoadLimits(2, decimal.Parse(perThousand, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void CeilingFor_AtTheLargestValues_Computes() =>
        Assert.Equal(DomainRanges.MaxNeighbourhoodInhabitants,
            new LoadLimits(DomainRanges.MaxNewPlacementsPerPeriod, DomainRanges.MaxProtectedHomesPerThousand).CeilingFor(DomainRanges.MaxNeighbourhoodInhabitants));

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(DomainRanges.MaxNeighbourhoodInhabitants, true)]
    [InlineData(DomainRanges.MaxNeighbourhoodInhabitants + 1, false)]
    public void NeighbourhoodInhabitants_Bounds(int inhabitants, bool accepted) =>
        AssertBound(accepted, "inhabitants", () => _ = Neighbourhood(inhabitants, 0));

    [Theory]
    [InlineData(100, -1, false)]
    [InlineData(100, 0, true)]
    [InlineData(100, 100, true)] // at most the inhabitants
    [InlineData(100, 101, false)]
    [InlineData(0, 1, false)]
    [InlineData(DomainRanges.MaxNeighbourhoodInhabitants, DomainRanges.MaxExistingProtectedHomes, true)]
    [InlineData(DomainRanges.MaxNeighbourhoodInhabitants, DomainRanges.MaxExistingProtectedHomes + 1, false)]
    public void ExistingProtectedHomes_Bounds(int inhabitants, int existing, bool accepted) =>
        AssertBound(accepted, "existing_protected_homes", () => _ = Neighbourhood(inhabitants, existing));

    [Fact]
    public void ExistingProtectedHomes_IntMaxValue_IsRefused() // the reproduction
    {
        var fields = Violations.FieldsOf(() => _ = Neighbourhood(1_000, int.MaxValue));
        Assert.All(fields, f => Assert.Equal("existing_protected_homes", f));
    }

    [Fact]
    public void Boundary_WithTooManyPoints_NamesBoundary()
    {
        var ring = Enumerable.Range(0, DomainRanges.MaxBoundaryPoints + 1)
            .Select(i => new Coordinate(5 + Math.Cos(i * 2 * Math.PI / DomainRanges.MaxBoundaryPoints), 51 + Math.Sin(i * 2 * Math.PI / DomainRanges.MaxBoundaryPoints)))
            .ToList();
        ring[^1] = ring[0];

        Assert.Equal(["boundary"], Violations.FieldsOf(() => _ = new Neighbourhood(Code, "Rond", Shapes.Factory.CreatePolygon([.. ring]), 10, true, 0, null)));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(DomainRanges.MaxMunicipalityInhabitants, true)]
    [InlineData(DomainRanges.MaxMunicipalityInhabitants + 1, false)]
    [InlineData(-1, false)]
    public void MunicipalityInhabitants_Bounds(int inhabitants, bool accepted) =>
        AssertBound(accepted, "inhabitants", () => _ = new Municipality(new MunicipalityCode("GM0268"), "Nijmegen", inhabitants));

    [Theory]
    [InlineData(DomainRanges.MaxRegionMunicipalities, true)]
    [InlineData(DomainRanges.MaxRegionMunicipalities + 1, false)]
    public void RegionMunicipalities_Count(int count, bool accepted) =>
        AssertBound(accepted, "municipalities", () => _ = new Region("regio", "Regio", Municipalities(count), [], new LoadLimits(2, 3m)));

    [Theory]
    [InlineData(DomainRanges.MaxRegionDistricts, true)]
    [InlineData(DomainRanges.MaxRegionDistricts + 1, false)]
    public void RegionDistricts_Count(int count, bool accepted) =>
        AssertBound(accepted, "districts", () => _ = new Region("regio", "Regio", Municipalities(30),
            [.. Enumerable.Range(0, count).Select(i => new District(new DistrictCode($"WK{(i / 100) + 1:0000}{i % 100:00}"), "Wijk"))],
            new LoadLimits(2, 3m)));

    private static Neighbourhood Neighbourhood(int inhabitants, int existing) =>
        new(Code, "Heijendaal", Shapes.Square(5.86, 51.82, 0.01), inhabitants, true, existing, null);

    private static List<Municipality> Municipalities(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new Municipality(new MunicipalityCode($"GM{i:0000}"), $"Gemeente {i}", null))];
}
