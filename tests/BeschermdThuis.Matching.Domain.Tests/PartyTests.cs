using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Parties;

namespace BeschermdThuis.Matching.Domain.Tests;

public sealed class PartyTests
{
    [Fact]
    public void IsCorporation_OnlyForThatCorporation()
    {
        var party = new Party(PartyKind.HousingCorporation, "waalboog");
        Assert.True(party.IsCorporation("waalboog"));
        Assert.False(party.IsCorporation("maasheggen"));
        Assert.False(new Party(PartyKind.MunicipalDesk, "waalboog").IsCorporation("waalboog"));
    }

    [Fact]
    public void IsDeskOf_OnlyForThatMunicipality()
    {
        var desk = new Party(PartyKind.MunicipalDesk, "GM0268");
        Assert.True(desk.IsDeskOf(new MunicipalityCode("GM0268")));
        Assert.False(desk.IsDeskOf(new MunicipalityCode("GM0296")));
        Assert.False(new Party(PartyKind.RegionalBoard, "GM0268").IsDeskOf(new MunicipalityCode("GM0268")));
    }
}
