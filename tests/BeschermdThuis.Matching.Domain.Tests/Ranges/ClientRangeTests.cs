using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.Domain.Tests.Ranges;

public sealed class ClientRangeTests
{
    private static readonly GeoPoint Somewhere = new(5.86, 51.84);

    [Theory]
    [InlineData(DomainRanges.MinRooms - 1, false)]
    [InlineData(DomainRanges.MinRooms, true)]
    [InlineData(DomainRanges.MaxRooms, true)]
    [InlineData(DomainRanges.MaxRooms + 1, false)]
    public void MinimumRooms_Bounds(int rooms, bool accepted) =>
        AssertBound(accepted, "minimum_rooms", () => _ = new Needs(false, false, rooms));

    [Theory]
    [InlineData(DomainRanges.MinHouseholdSize - 1, false)]
    [InlineData(DomainRanges.MaxHouseholdSize + 1, false)]
    [InlineData(int.MaxValue, false)]
    public void HouseholdSize_OutOfRange_NamesHouseholdSize(int size, bool accepted) =>
        AssertBound(accepted, "household_size", () => _ = new Client(
            new ClientReference("c-0001"), new MunicipalityCode("GM0268"), size, IncomeBand.WithinPassendToewijzen, new DateOnly(2026, 1, 1),
            HousingWishes.None, Needs.None, RecoveryConstraints.None, ConsentScope.None, null, ClientStatus.Waiting));

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(DomainRanges.MaxOriginRadiusMetres, true)]
    [InlineData(DomainRanges.MaxOriginRadiusMetres + 1, false)]
    public void OriginRadius_Bounds(int radius, bool accepted) =>
        AssertBound(accepted, "radius_metres", () => _ = new OriginAvoidance(new NeighbourhoodCode("BU02680001"), radius));

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(DomainRanges.MaxAnchorDistanceMetres, true)]
    [InlineData(DomainRanges.MaxAnchorDistanceMetres + 1, false)]
    public void AnchorDistance_Bounds(int metres, bool accepted) =>
        AssertBound(accepted, "max_distance_metres", () => _ = new SupportAnchor(SupportAnchorKind.Family, Somewhere, metres));

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(DomainRanges.MaxPeersInNeighbourhood, true)]
    [InlineData(DomainRanges.MaxPeersInNeighbourhood + 1, false)]
    public void MaxPeers_Bounds(int peers, bool accepted) =>
        AssertBound(accepted, "max_peers_in_neighbourhood", () => _ = new RecoveryConstraints([], null, peers, []));

    [Theory]
    [InlineData(DomainRanges.MaxSupportAnchors, true)]
    [InlineData(DomainRanges.MaxSupportAnchors + 1, false)]
    [InlineData(10_000, false)] // the reproduction: 10,000 anchors slowed every match past its deadline
    public void SupportAnchors_Count(int count, bool accepted) =>
        AssertBound(accepted, "support_anchors", () => _ = new RecoveryConstraints(
            [], null, null, [.. Enumerable.Repeat(new SupportAnchor(SupportAnchorKind.Family, Somewhere, 5_000), count)]));

    [Theory]
    [InlineData(DomainRanges.MaxAvoidAreas, true)]
    [InlineData(DomainRanges.MaxAvoidAreas + 1, false)]
    public void AvoidAreas_Count(int count, bool accepted) =>
        AssertBound(accepted, "avoid_areas", () => _ = new RecoveryConstraints([.. Neighbourhoods(count)], null, null, []));

    [Theory]
    [InlineData(DomainRanges.MaxAreaWishes, true)]
    [InlineData(DomainRanges.MaxAreaWishes + 1, false)]
    public void AreaWishes_Count(int count, bool accepted) =>
        AssertBound(accepted, "areas", () => _ = new HousingWishes([.. Neighbourhoods(count).Select((a, i) => new AreaWish(i + 1, a))], []));

    [Fact]
    public void DwellingTypeWishes_EveryTypeOnce_IsAccepted() =>
        Assert.Equal(5, new HousingWishes([], [.. Enum.GetValues<DwellingType>().Select((t, i) => new DwellingTypeWish(i + 1, t))]).DwellingTypes.Count);

    private static IEnumerable<AreaRef> Neighbourhoods(int count) =>
        Enumerable.Range(1, count).Select(i => AreaRef.Of(new NeighbourhoodCode($"BU026801{i:00}")));

    internal static void AssertBound(bool accepted, string field, Action construct)
    {
        if (accepted)
        {
            construct();
        }
        else
        {
            Assert.Equal([field], Violations.FieldsOf(construct));
        }
    }
}
