using System.Text.RegularExpressions;
using BeschermdThuis.Matching.DemoRegion.Population;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Stock;
using NetTopologySuite.Geometries;

namespace BeschermdThuis.Matching.DemoRegion.Tests;

public sealed partial class DemoPopulationTests(DemoRegionFixture fixture) : IClassFixture<DemoRegionFixture>
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);
    private readonly DemoRegionData _region = fixture.Region;
    private readonly DemoPopulation _population = fixture.Population;

    [GeneratedRegex("^c-[0-9]{4,5}$")]
    private static partial Regex ReferenceShape();

    [Fact]
    public void Generate_SameSeed_GivesAnEqualPopulation()
    {
        var again = DemoPopulation.Generate(RegioNijmegen.Load(), DemoPopulation.DefaultSeed, DemoPopulationSize.Default, DemoRegionFixture.ReferenceDate);
        Assert.Equal(_population, again);
        Assert.Equal(_population.Units, again.Units);
        Assert.Equal(_population.Clients, again.Clients);
    }

    [Fact]
    public void Generate_DifferentSeed_GivesDifferentUnitsAndClients()
    {
        var other = DemoPopulation.Generate(_region, DemoPopulation.DefaultSeed + 1, DemoPopulationSize.Default, DemoRegionFixture.ReferenceDate);
        Assert.NotEqual(_population, other);
        Assert.False(_population.Units.SequenceEqual(other.Units));
        Assert.False(_population.Clients.SequenceEqual(other.Clients));
        Assert.False(_population.Neighbourhoods.Select(n => n.ExistingProtectedHomes).SequenceEqual(other.Neighbourhoods.Select(n => n.ExistingProtectedHomes)));
    }

    [Fact]
    public void Generate_Default_HasTheRequestedSize()
    {
        Assert.Equal(300, _population.Units.Count);
        Assert.Equal(120, _population.Clients.Count);
        Assert.InRange(_population.Corporations.Count, 3, 4);
        Assert.InRange(_population.CareTeams.Count, 4, 6);
        Assert.Equal(213, _population.Neighbourhoods.Count);
        Assert.NotEmpty(_population.Agreements);
    }

    [Fact]
    public void Generate_EveryUnitLiesInTheNeighbourhoodItNames()
    {
        var byCode = _population.Neighbourhoods.ToDictionary(n => n.Code);
        Assert.All(_population.Units, u =>
        {
            var point = Factory.CreatePoint(new Coordinate(u.Location.Longitude, u.Location.Latitude));
            Assert.True(byCode[u.Neighbourhood].Boundary.Covers(point), $"{u.Id} at {u.Location} is not in {u.Neighbourhood}");
        });
    }

    [Fact]
    public void Generate_UnitsHavePlausibleRentsAndAMixOfKinds()
    {
        Assert.All(_population.Units, u =>
        {
            Assert.InRange(u.Rent.NetRent.Value, 45_000, 85_000);
            Assert.InRange(u.Rent.ServiceCosts.Value, 0, 6_000);
            Assert.InRange(u.Rooms, 1, 4);
            Assert.Equal(UnitStatus.Available, u.Status);
        });
        Assert.True(_population.Units.Count(u => u.DwellingType == DwellingType.Independent) > _population.Units.Count / 2);
        Assert.True(_population.Units.Select(u => u.DwellingType).Distinct().Count() >= 4);
        Assert.True(_population.Units.Count(u => u.Tenancy == TenancyKind.Indefinite) > _population.Units.Count / 2);
        Assert.Contains(_population.Units, u => u.Tenancy == TenancyKind.Temporary);
        Assert.Contains(_population.Units, u => u.ContractForm == ContractForm.IntermediateLetting);
        Assert.Contains(_population.Units, u => u.ContractForm == ContractForm.FlipContract);
        Assert.Equal(_population.Units.Count, _population.Units.Select(u => u.Id).Distinct().Count());
    }

    [Fact]
    public void Generate_UnitsBelongToTheGeneratedCorporations()
    {
        var ids = _population.Corporations.Select(c => c.Id).ToHashSet();
        Assert.All(_population.Units, u => Assert.Contains(u.CorporationId, ids));
        Assert.All(_population.Corporations, c => Assert.Contains("fictief", c.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_NoClientReferenceIsACitizenNumber()
    {
        Assert.All(_population.Clients, c =>
        {
            Assert.Matches(ReferenceShape(), c.Reference.Value);
            Assert.Equal(c.Reference, new ClientReference(c.Reference.Value)); // the constructor refuses BSNs
        });
        Assert.Equal(_population.Clients.Count, _population.Clients.Select(c => c.Reference).Distinct().Count());
    }

    [Fact]
    public void Generate_NijmegenIsResponsibleForMostClients()
    {
        var perMunicipality = _population.Clients.GroupBy(c => c.ResponsibleMunicipality.Value).ToDictionary(g => g.Key, g => g.Count());
        var nijmegen = perMunicipality["GM0268"];
        Assert.All(perMunicipality.Where(p => p.Key != "GM0268"), p => Assert.True(p.Value < nijmegen));
        Assert.All(_population.Clients, c => Assert.True(_region.Region.Includes(c.ResponsibleMunicipality)));
    }

    [Fact]
    public void Generate_ClientsHaveWishesConstraintsAndReadinessOnBothSidesOfTheReferenceDate()
    {
        var clients = _population.Clients;
        Assert.True(clients.Count(c => c.HouseholdSize == 1) > clients.Count / 2);
        Assert.True(clients.Count(c => c.IncomeBand == IncomeBand.WithinPassendToewijzen) > clients.Count / 2);
        Assert.Contains(clients, c => c.ReadinessDate < DemoRegionFixture.ReferenceDate.AddDays(-90));
        Assert.Contains(clients, c => c.ReadinessDate > DemoRegionFixture.ReferenceDate);
        foreach (var level in Enum.GetValues<AreaLevel>())
        {
            Assert.Contains(clients, c => c.Wishes.Areas.Any(a => a.Area.Level == level));
        }
        Assert.Contains(clients, c => c.Wishes.DwellingTypes.Count > 0);
        Assert.Contains(clients, c => c.Recovery.AvoidOrigin is not null);
        Assert.Contains(clients, c => c.Recovery.AvoidAreas.Count > 0);
        Assert.Contains(clients, c => c.Recovery.MaxPeersInNeighbourhood is not null);
        Assert.Contains(clients, c => c.Recovery.SupportAnchors.Count > 0);
    }

    [Fact]
    public void Generate_ClientCareTeamsAndAnchorsAreGeneratedTeams()
    {
        var teams = _population.CareTeams.ToDictionary(t => t.Id);
        Assert.All(_population.Clients.Where(c => c.CareTeamId is not null), c =>
        {
            var team = teams[c.CareTeamId!];
            Assert.All(c.Recovery.SupportAnchors, a => Assert.Equal(team.Base, a.Location));
        });
    }

    [Fact]
    public void Generate_CareTeamsServeTheRegionAndOneHasADrawnArea()
    {
        var area = Assert.Single(_population.CareTeams, t => t.ServiceArea.Area is not null);
        Assert.True(area.ServiceArea.Area!.IsValid);
        Assert.All(_population.CareTeams, t =>
        {
            Assert.All(t.ServiceArea.Municipalities, m => Assert.True(_region.Region.Includes(m)));
            Assert.True(t.CaseloadCapacity >= t.CurrentCaseload);
            Assert.Contains("fictief", t.Provider, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Generate_AgreementsCoverTheReferenceYearForKnownCorporations()
    {
        var corporations = _population.Corporations.Select(c => c.Id).ToHashSet();
        Assert.All(_population.Agreements, a =>
        {
            Assert.Contains(a.CorporationId, corporations);
            Assert.True(_region.Region.Includes(a.Municipality));
            Assert.Equal(new DateOnly(2026, 1, 1), a.Period.Start);
            Assert.Equal(new DateOnly(2026, 12, 31), a.Period.End);
        });
        Assert.Contains(_population.Agreements, a => a.CapUnits is not null);
        Assert.Equal(_population.Agreements.Count, _population.Agreements.Select(a => a.Id).Distinct().Count());
    }

    [Fact]
    public void Generate_ExistingProtectedHomesAreSmallNumbersOnTheRealNeighbourhoods()
    {
        Assert.Equal(_region.Neighbourhoods.Select(n => n.Code), _population.Neighbourhoods.Select(n => n.Code));
        Assert.All(_population.Neighbourhoods, n => Assert.InRange(n.ExistingProtectedHomes, 0, 50));
        Assert.Contains(_population.Neighbourhoods, n => n.ExistingProtectedHomes > 0);
        var limits = _region.Region.DefaultLimits;
        Assert.Contains(_population.Neighbourhoods, n => n.ExistingProtectedHomes >= limits.CeilingFor(n.Inhabitants) && n.ExistingProtectedHomes > 0);
    }

    [Fact]
    public void Generate_LargeSize_GivesFiveThousandUnitsAndTwoThousandClients()
    {
        var large = DemoPopulation.Generate(_region, 7, DemoPopulationSize.Large, DemoRegionFixture.ReferenceDate);
        Assert.Equal(5_000, large.Units.Count);
        Assert.Equal(2_000, large.Clients.Count);
        Assert.Equal(5_000, large.Units.Select(u => u.Id).Distinct().Count());
    }
}
