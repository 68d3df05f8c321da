using BeschermdThuis.Matching.Domain.Care;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Tests.Geography;

namespace BeschermdThuis.Matching.Domain.Tests.Care;

public sealed class CareTeamTests
{
    private static readonly ServiceArea Nijmegen = new([new MunicipalityCode("GM0268")], null);
    private static readonly GeoPoint Base = new(5.86, 51.84);

    [Fact]
    public void Construction_EveryWrongField_IsNamed() =>
        Assert.Equal(
            ["care_team_id", "provider", "caseload_capacity", "current_caseload"],
            Violations.FieldsOf(() => _ = new CareTeam("FACT", "", Nijmegen, Base, -1, -1)));

    [Theory]
    [InlineData(40, 30, 10)]
    [InlineData(40, 40, 0)]
    [InlineData(40, 45, 0)] // over capacity: no room, never negative
    public void FreeCaseload_IsCapacityMinusCurrentButNotNegative(int capacity, int current, int free) =>
        Assert.Equal(free, new CareTeam("fact-oost", "Provider", Nijmegen, Base, capacity, current).FreeCaseload);
}

public sealed class ServiceAreaTests
{
    [Fact]
    public void Construction_Nothing_NamesServiceArea() =>
        Assert.Equal(["service_area"], Violations.FieldsOf(() => _ = new ServiceArea([], null)));

    [Fact]
    public void Construction_InvalidArea_NamesTheArea() =>
        Assert.Equal(["service_area.area"], Violations.FieldsOf(() => _ = new ServiceArea([], Shapes.BowTie())));

    [Fact]
    public void Construction_AreaOnly_IsAccepted() => Assert.NotNull(new ServiceArea([], Shapes.Square(5.8, 51.8, 0.1)).Area);

    [Fact]
    public void Equality_ComparesMunicipalitiesAndAreaByContent() =>
        Assert.Equal(
            new ServiceArea([new MunicipalityCode("GM0268")], Shapes.Square(5.8, 51.8, 0.1)),
            new ServiceArea([new MunicipalityCode("GM0268")], Shapes.Square(5.8, 51.8, 0.1)));
}
