using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.Domain.Tests.Clients;

public sealed class HousingWishesTests
{
    private static readonly AreaRef Oost = AreaRef.Parse("WK026805");
    private static readonly AreaRef Nijmegen = AreaRef.Parse("GM0268");
    private static readonly AreaRef Heijendaal = AreaRef.Parse("BU02680517");

    [Fact]
    public void Construction_RanksOutOfOrder_AreSortedByRank()
    {
        var wishes = new HousingWishes([new AreaWish(2, Nijmegen), new AreaWish(1, Oost)], []);
        Assert.Equal([Oost, Nijmegen], wishes.Areas.Select(a => a.Area));
    }

    [Theory]
    [InlineData(new[] { 1, 3 })]
    [InlineData(new[] { 2 })]
    [InlineData(new[] { 1, 1 })]
    [InlineData(new[] { 0, 1 })]
    public void Construction_AreaRanksNotARanking_NamesAreas(int[] ranks)
    {
        AreaRef[] areas = [Oost, Nijmegen, Heijendaal];
        Assert.Equal(["areas"], Violations.FieldsOf(() => _ = new HousingWishes([.. ranks.Select((r, i) => new AreaWish(r, areas[i]))], [])));
    }

    [Fact]
    public void Construction_SameAreaTwice_NamesAreas() =>
        Assert.Equal(["areas"], Violations.FieldsOf(() => _ = new HousingWishes([new AreaWish(1, Oost), new AreaWish(2, AreaRef.Parse("WK026805"))], [])));

    [Fact]
    public void Construction_DwellingTypeProblems_AreNamed() =>
        Assert.Equal(
            ["dwelling_types", "dwelling_types"],
            Violations.FieldsOf(() => _ = new HousingWishes([], [new DwellingTypeWish(1, DwellingType.Clustered), new DwellingTypeWish(3, (DwellingType)42)])));

    [Fact]
    public void AreaRankOf_GivesTheBestContainingWish()
    {
        var wishes = new HousingWishes([new AreaWish(1, Heijendaal), new AreaWish(2, Oost), new AreaWish(3, Nijmegen)], []);
        Assert.Equal(1, wishes.AreaRankOf(new NeighbourhoodCode("BU02680517")));
        Assert.Equal(2, wishes.AreaRankOf(new NeighbourhoodCode("BU02680516")));
        Assert.Equal(3, wishes.AreaRankOf(new NeighbourhoodCode("BU02680101")));
        Assert.Null(wishes.AreaRankOf(new NeighbourhoodCode("BU02960101")));
    }

    [Fact]
    public void Accepts_EmptyListAcceptsEveryType()
    {
        Assert.True(HousingWishes.None.Accepts(DwellingType.SkaeveHuse));
        var wishes = new HousingWishes([], [new DwellingTypeWish(1, DwellingType.Independent)]);
        Assert.True(wishes.Accepts(DwellingType.Independent));
        Assert.False(wishes.Accepts(DwellingType.Clustered));
        Assert.Equal(1, wishes.DwellingTypeRankOf(DwellingType.Independent));
        Assert.Null(wishes.DwellingTypeRankOf(DwellingType.Clustered));
    }

    [Fact]
    public void Equality_IsByContent() =>
        Assert.Equal(
            new HousingWishes([new AreaWish(1, Oost)], [new DwellingTypeWish(1, DwellingType.Independent)]),
            new HousingWishes([new AreaWish(1, AreaRef.Parse("WK026805"))], [new DwellingTypeWish(1, DwellingType.Independent)]));
}
