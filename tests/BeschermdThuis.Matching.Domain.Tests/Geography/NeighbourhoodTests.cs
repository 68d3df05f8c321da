using BeschermdThuis.Matching.Domain.Geography;
using NetTopologySuite.Geometries;

namespace BeschermdThuis.Matching.Domain.Tests.Geography;

public sealed class NeighbourhoodTests
{
    private static readonly NeighbourhoodCode Code = new("BU02680517");

    [Fact]
    public void Construction_EveryWrongField_IsNamed() =>
        Assert.Equal(
            ["name", "boundary", "inhabitants", "existing_protected_homes"],
            Violations.FieldsOf(() => _ = new Neighbourhood(Code, " ", Shapes.BowTie(), -1, true, -1, null)));

    [Fact]
    public void Construction_NotAPolygon_NamesBoundary() =>
        Assert.Contains("boundary", Violations.FieldsOf(() =>
            _ = new Neighbourhood(Code, "Heijendaal", Shapes.Factory.CreatePoint(new Coordinate(5.866, 51.822)), 10, false, 0, null)));

    [Fact]
    public void Construction_MultiPolygon_IsAccepted()
    {
        var multi = Shapes.Factory.CreateMultiPolygon([Shapes.Square(0, 0, 1), Shapes.Square(2, 0, 1)]);
        var neighbourhood = new Neighbourhood(Code, "Heijendaal", multi, 10, true, 0, null);
        Assert.Equal(new DistrictCode("WK026805"), neighbourhood.District);
        Assert.Equal(new MunicipalityCode("GM0268"), neighbourhood.Municipality);
    }

    [Fact]
    public void EffectiveLimits_OverrideWinsOverTheRegionDefault()
    {
        var regionDefault = new LoadLimits(2, 3m);
        var own = new LoadLimits(1, 1.5m);
        Assert.Same(regionDefault, new Neighbourhood(Code, "a", Shapes.Square(0, 0, 1), 10, true, 0, null).EffectiveLimits(regionDefault));
        Assert.Same(own, new Neighbourhood(Code, "a", Shapes.Square(0, 0, 1), 10, true, 0, own).EffectiveLimits(regionDefault));
    }
}
