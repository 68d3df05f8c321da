using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Domain.Tests.Clients;

public sealed class ClientTests
{
    private static readonly MunicipalityCode Nijmegen = new("GM0268");

    [Fact]
    public void Construction_EveryWrongField_IsNamed() =>
        Assert.Equal(
            ["household_size", "income_band", "care_team", "status", "consent"],
            Violations.FieldsOf(() => _ = new Client(
                new ClientReference("c-0001"), Nijmegen, 0, (IncomeBand)9, new DateOnly(2026, 1, 1), HousingWishes.None, Needs.None,
                RecoveryConstraints.None, (ConsentScope)64, "Team A", (ClientStatus)0)));

    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    public void Construction_HouseholdSizeAtTheBounds_IsAccepted(int size) => Assert.Equal(size, Make(size).HouseholdSize);

    [Fact]
    public void Construction_HouseholdOfThirteen_NamesHouseholdSize() =>
        Assert.Equal(["household_size"], Violations.FieldsOf(() => _ = Make(13)));

    [Fact]
    public void DaysPastReadiness_CountsFromTheReadinessDate()
    {
        var client = Make(1);
        Assert.Equal(4, client.DaysPastReadiness(new DateOnly(2026, 1, 5)));
        Assert.Equal(-1, client.DaysPastReadiness(new DateOnly(2025, 12, 31)));
    }

    [Fact]
    public void Status_CanBeChangedOnACopy()
    {
        var client = Make(1);
        var housed = client with { Status = ClientStatus.Housed };
        Assert.Equal(ClientStatus.Waiting, client.Status);
        Assert.Equal(ClientStatus.Housed, housed.Status);
    }

    private static Client Make(int householdSize) => new(
        new ClientReference("c-0001"), Nijmegen, householdSize, IncomeBand.WithinPassendToewijzen, new DateOnly(2026, 1, 1),
        HousingWishes.None, Needs.None, RecoveryConstraints.None, ConsentScope.Needs | ConsentScope.HouseholdSize, "fact-oost", ClientStatus.Waiting);
}

public sealed class NeedsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Construction_MinimumRoomsOutOfRange_NamesMinimumRooms(int rooms) =>
        Assert.Equal(["minimum_rooms"], Violations.FieldsOf(() => _ = new Needs(false, false, rooms)));
}

public sealed class RecoveryConstraintsTests
{
    [Fact]
    public void Construction_EveryWrongField_IsNamed() =>
        Assert.Equal(
            ["avoid_areas", "max_peers_in_neighbourhood"],
            Violations.FieldsOf(() => _ = new RecoveryConstraints([AreaRef.Parse("WK026805"), AreaRef.Parse("WK026805")], null, -1, [])));

    [Fact]
    public void Equality_IsByContent()
    {
        var origin = new OriginAvoidance(new NeighbourhoodCode("BU02680101"), 500);
        var anchor = new SupportAnchor(SupportAnchorKind.Family, new GeoPoint(5.86, 51.84), 5_000);
        Assert.Equal(
            new RecoveryConstraints([AreaRef.Parse("GM0296")], origin, 2, [anchor]),
            new RecoveryConstraints([AreaRef.Parse("GM0296")], origin with { }, 2, [anchor with { }]));
    }
}

public sealed class OriginAvoidanceTests
{
    [Theory]
    [InlineData(-1)]
    [InlineData(50_001)]
    public void Construction_RadiusOutOfRange_NamesRadius(int radius) =>
        Assert.Equal(["radius_metres"], Violations.FieldsOf(() => _ = new OriginAvoidance(new NeighbourhoodCode("BU02680101"), radius)));

    [Fact]
    public void Construction_ZeroRadius_MeansTheNeighbourhoodItself() =>
        Assert.Equal(0, new OriginAvoidance(new NeighbourhoodCode("BU02680101"), 0).RadiusMetres);
}

public sealed class SupportAnchorTests
{
    [Fact]
    public void Construction_EveryWrongField_IsNamed() =>
        Assert.Equal(["kind", "max_distance_metres"], Violations.FieldsOf(() => _ = new SupportAnchor((SupportAnchorKind)0, new GeoPoint(5.86, 51.84), 0)));
}
