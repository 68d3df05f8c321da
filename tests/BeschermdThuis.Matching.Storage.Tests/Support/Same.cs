using BeschermdThuis.Matching.Domain.Geography;
using NetTopologySuite.Geometries;

namespace BeschermdThuis.Matching.Storage.Tests.Support;

/// <summary>Exact comparisons for the records whose default equality compares lists or geometry by reference.</summary>
public static class Same
{
    public static void Geometry(Geometry expected, Geometry actual)
    {
        Assert.Equal(expected.GeometryType, actual.GeometryType);
        Assert.Equal(expected.SRID, actual.SRID);
        Assert.Equal(expected.NumGeometries, actual.NumGeometries);
        // Bit-for-bit coordinates, in order: no rounding, no re-orientation.
        Assert.Equal(expected.Coordinates.Select(c => (c.X, c.Y)), actual.Coordinates.Select(c => (c.X, c.Y)));
        Assert.True(expected.EqualsExact(actual), $"{actual} differs from {expected}");
    }

    public static void Neighbourhood(Neighbourhood expected, Neighbourhood actual)
    {
        Assert.Equal(expected.Code, actual.Code);
        Assert.Equal(expected.Name, actual.Name);
        Geometry(expected.Boundary, actual.Boundary);
        Assert.Equal(expected.Inhabitants, actual.Inhabitants);
        Assert.Equal(expected.InhabitantsEstimated, actual.InhabitantsEstimated);
        Assert.Equal(expected.ExistingProtectedHomes, actual.ExistingProtectedHomes);
        Assert.Equal(expected.LimitsOverride, actual.LimitsOverride);
    }

    public static void Region(Region expected, Region actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Municipalities, actual.Municipalities);
        Assert.Equal(expected.Districts, actual.Districts);
        Assert.Equal(expected.DefaultLimits, actual.DefaultLimits);
    }
}
