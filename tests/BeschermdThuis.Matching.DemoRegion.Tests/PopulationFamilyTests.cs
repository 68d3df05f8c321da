using BeschermdThuis.Matching.DemoRegion.Population;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.DemoRegion.Tests;

/// <summary>The region and one Spread and one Tight population of 200 clients and 500 units, generated once.</summary>
public sealed class PopulationFamilyFixture
{
    public const int Seed = 14;
    public static readonly DateOnly ReferenceDate = new(2025, 3, 1);
    public static readonly DemoPopulationSize Size = new(500, 200);

    public PopulationFamilyFixture()
    {
        Region = RegioNijmegen.Load();
        Spread = DemoPopulation.Generate(Region, Seed, Size, ReferenceDate, PopulationFamily.Spread);
        Tight = DemoPopulation.Generate(Region, Seed, Size, ReferenceDate, PopulationFamily.Tight);
    }

    public DemoRegionData Region { get; }

    public DemoPopulation Spread { get; }

    public DemoPopulation Tight { get; }

    public DemoPopulation Of(PopulationFamily family) => family == PopulationFamily.Tight ? Tight : Spread;
}

public sealed class PopulationFamilyTests(PopulationFamilyFixture fixture) : IClassFixture<PopulationFamilyFixture>
{
    private static readonly DateOnly ReferenceDate = PopulationFamilyFixture.ReferenceDate;

    private readonly DemoRegionData _region = fixture.Region;

    // The sets issue 14 names, written out here rather than read from the generator.
    private static IReadOnlyList<int?> PeerLimits(PopulationFamily family) => family == PopulationFamily.Tight ? [null, 4, 3, 2] : [null, 8, 5, 3];

    private static IReadOnlyList<int> NewPlacementLimits(PopulationFamily family) => family == PopulationFamily.Tight ? [0, 1, 2] : [1, 2, 3, 5, 8];

    [Theory]
    [InlineData(PopulationFamily.Spread)]
    [InlineData(PopulationFamily.Tight)]
    public void Generate_SameSeedAndFamily_GivesAnEqualPopulation(PopulationFamily family)
    {
        var again = DemoPopulation.Generate(_region, PopulationFamilyFixture.Seed, PopulationFamilyFixture.Size, ReferenceDate, family);
        Assert.Equal(fixture.Of(family), again);
        Assert.Equal(fixture.Of(family).Neighbourhoods.Select(n => n.LimitsOverride), again.Neighbourhoods.Select(n => n.LimitsOverride));
        var other = DemoPopulation.Generate(_region, PopulationFamilyFixture.Seed + 1, PopulationFamilyFixture.Size, ReferenceDate, family);
        Assert.False(fixture.Of(family).Clients.SequenceEqual(other.Clients));
    }

    [Theory]
    [InlineData(2026, 300, 120)]
    [InlineData(7, 30, 12)]
    [InlineData(14, 500, 200)]
    public void Generate_DemoFamily_EqualsTheFourArgumentOverload(int seed, int units, int clients)
    {
        var size = new DemoPopulationSize(units, clients);
        var demo = DemoPopulation.Generate(_region, seed, size, ReferenceDate, PopulationFamily.Demo);
        Assert.Equal(DemoPopulation.Generate(_region, seed, size, ReferenceDate), demo);
        Assert.All(demo.Neighbourhoods, n => Assert.Null(n.LimitsOverride));
    }

    [Theory]
    [InlineData(PopulationFamily.Spread)]
    [InlineData(PopulationFamily.Tight)]
    public void Generate_Family_KeepsTheDemosCorporationsCareTeamsAndSize(PopulationFamily family)
    {
        var population = fixture.Of(family);
        var demo = DemoPopulation.Generate(_region, PopulationFamilyFixture.Seed, PopulationFamilyFixture.Size, ReferenceDate);
        Assert.Equal(demo.Corporations, population.Corporations);
        Assert.Equal(demo.CareTeams.Select(t => t.Id), population.CareTeams.Select(t => t.Id));
        Assert.Equal(500, population.Units.Count);
        Assert.Equal(200, population.Clients.Count);
        Assert.Equal(_region.Neighbourhoods.Select(n => n.Code), population.Neighbourhoods.Select(n => n.Code));
        Assert.NotEmpty(population.Agreements);
        Assert.True(population.Units.Count(u => u.DwellingType == DwellingType.Independent) > population.Units.Count / 2);
        Assert.True(population.Clients.Count(c => c.HouseholdSize == 1) > population.Clients.Count / 2);
    }

    [Theory]
    [InlineData(PopulationFamily.Spread)]
    [InlineData(PopulationFamily.Tight)]
    public void Generate_Family_HasOneSupportAnchorAnywhereInTheRegionWithin3To25Km(PopulationFamily family)
    {
        var clients = fixture.Of(family).Clients;
        var anchors = clients.Select(c => Assert.Single(c.Recovery.SupportAnchors)).ToList();
        Assert.All(anchors, a => Assert.InRange(a.MaxDistanceMetres, 3_000, 25_000));
        Assert.Contains(anchors, a => a.MaxDistanceMetres < 6_000);
        Assert.Contains(anchors, a => a.MaxDistanceMetres > 22_000);
        Assert.True(anchors.Select(a => a.MaxDistanceMetres).Distinct().Count() > 150);
        var locator = _region.CreateLocator();
        var municipalities = anchors.Select(a => locator.Locate(a.Location)).Select(code => Assert.NotNull(code).Municipality).Distinct();
        Assert.Equal(_region.Region.Municipalities.Count, municipalities.Count());
    }

    [Theory]
    [InlineData(PopulationFamily.Spread)]
    [InlineData(PopulationFamily.Tight)]
    public void Generate_Family_AvoidsOriginsWithin0To3KmAndUpToThreeNeighbourhoods(PopulationFamily family)
    {
        var recovery = fixture.Of(family).Clients.Select(c => c.Recovery).ToList();
        var radii = recovery.Where(r => r.AvoidOrigin is not null).Select(r => r.AvoidOrigin!.RadiusMetres).ToList();
        Assert.All(radii, r => Assert.InRange(r, 0, 3_000));
        Assert.Contains(0, radii);
        Assert.Contains(radii, r => r >= 2_500);
        Assert.True(radii.Distinct().Count() > 15);
        Assert.Contains(recovery, r => r.AvoidOrigin is null);
        Assert.Equal([0, 1, 2, 3], recovery.Select(r => r.AvoidAreas.Count).Distinct().Order());
        Assert.All(recovery.SelectMany(r => r.AvoidAreas), a => Assert.Equal(AreaLevel.Neighbourhood, a.Level));
        Assert.True(recovery.SelectMany(r => r.AvoidAreas).Select(a => a.Code[2..6]).Distinct().Count() > 1);
    }

    [Theory]
    [InlineData(PopulationFamily.Spread)]
    [InlineData(PopulationFamily.Tight)]
    public void Generate_Family_WishesThreeNeighbourhoodsInDifferentDistrictsAndOneToFourTypes(PopulationFamily family)
    {
        var wishes = fixture.Of(family).Clients.Select(c => c.Wishes).ToList();
        Assert.All(wishes, w =>
        {
            Assert.Equal(3, w.Areas.Count);
            Assert.All(w.Areas, a => Assert.Equal(AreaLevel.Neighbourhood, a.Area.Level));
            Assert.Equal(3, w.Areas.Select(a => new NeighbourhoodCode(a.Area.Code).District).Distinct().Count());
            Assert.InRange(w.DwellingTypes.Count, 1, 4);
        });
        Assert.Equal([1, 2, 3, 4], wishes.Select(w => w.DwellingTypes.Count).Distinct().Order());
        var municipalitiesPerClient = wishes.Select(w => w.Areas.Select(a => new NeighbourhoodCode(a.Area.Code).Municipality).Distinct().Count()).ToList();
        Assert.True(municipalitiesPerClient.Count(m => m > 1) > wishes.Count / 4, "wishes are drawn from the whole region, not around home");
        var wished = wishes.SelectMany(w => w.Areas).Select(a => new NeighbourhoodCode(a.Area.Code).Municipality).Distinct();
        Assert.Equal(_region.Region.Municipalities.Count, wished.Count());
    }

    [Theory]
    [InlineData(PopulationFamily.Spread)]
    [InlineData(PopulationFamily.Tight)]
    public void Generate_Family_DrawsPeerLimitsAndNewPlacementLimitsFromTheIssuesSets(PopulationFamily family)
    {
        var population = fixture.Of(family);
        Assert.Equal(PeerLimits(family).Order(), population.Clients.Select(c => c.Recovery.MaxPeersInNeighbourhood).Distinct().Order());
        Assert.Equal([0, 1, 2, 3, 4, 5, 6], population.Neighbourhoods.Select(n => n.ExistingProtectedHomes).Distinct().Order());
        var limits = population.Neighbourhoods.Select(n => Assert.IsType<LoadLimits>(n.LimitsOverride).NewPlacementsPerPeriod).ToList();
        Assert.Equal(NewPlacementLimits(family), limits.Distinct().Order());
        // A limit, not the ceiling, is what closes a neighbourhood: the ceiling leaves room for every new placement allowed.
        Assert.All(population.Neighbourhoods.Where(n => n.Inhabitants >= 20), n =>
            Assert.True(n.LimitsOverride!.CeilingFor(n.Inhabitants) - n.ExistingProtectedHomes >= n.LimitsOverride.NewPlacementsPerPeriod));
        if (family == PopulationFamily.Tight)
        {
            Assert.InRange(limits.Count(l => l == 1), limits.Count * 35 / 100, limits.Count * 65 / 100);
        }
    }

    [Theory]
    [InlineData(PopulationFamily.Spread)]
    [InlineData(PopulationFamily.Tight)]
    public void Generate_Family_HasNetRentsFrom480To880AndReadinessOverSixMonths(PopulationFamily family)
    {
        var population = fixture.Of(family);
        var rents = population.Units.Select(u => u.Rent.NetRent.Value).ToList();
        Assert.All(rents, r => Assert.InRange(r, 48_000, 88_000));
        Assert.Contains(rents, r => r < 50_000);
        Assert.Contains(rents, r => r > 86_000);
        Assert.Contains(population.Units, u => u.Rooms == 1 && u.Rent.NetRent.Value > 80_000);
        Assert.All(population.Units, u => Assert.InRange(u.Rent.ServiceCosts.Value, 0, 6_000));
        var days = population.Clients.Select(c => c.ReadinessDate.DayNumber - ReferenceDate.DayNumber).ToList();
        Assert.All(days, d => Assert.InRange(d, -91, 91));
        Assert.True(days.Min() < -75 && days.Max() > 75, $"readiness from {days.Min()} to {days.Max()} days");
        Assert.InRange(days.Count(d => d < 0), days.Count / 3, days.Count * 2 / 3);
    }

    [Theory]
    [InlineData(PopulationFamily.Spread)]
    [InlineData(PopulationFamily.Tight)]
    public void Generate_Family_EveryClientUnitAndNeighbourhoodPassesDomainValidation(PopulationFamily family)
    {
        var locator = _region.CreateLocator();
        foreach (var seed in Enumerable.Range(1, 5))
        {
            var population = DemoPopulation.Generate(_region, seed, new DemoPopulationSize(30, 12), ReferenceDate, family);
            Assert.Equal(30, population.Units.Count);
            Assert.Equal(12, population.Clients.Count);
            AssertRebuildsEqual(population, locator);
        }
        AssertRebuildsEqual(fixture.Of(family), locator);
    }

    // Each record's constructor validates: building it again from its own values runs every check once more.
    private static void AssertRebuildsEqual(DemoPopulation population, NeighbourhoodLocator locator)
    {
        Assert.All(population.Clients, c => Assert.Equal(c, new Client(
            c.Reference, c.ResponsibleMunicipality, c.HouseholdSize, c.IncomeBand, c.ReadinessDate,
            new HousingWishes(c.Wishes.Areas, c.Wishes.DwellingTypes),
            new Needs(c.Needs.StepFree, c.Needs.GroundFloor, c.Needs.MinimumRooms),
            new RecoveryConstraints(
                c.Recovery.AvoidAreas,
                c.Recovery.AvoidOrigin is { } o ? new OriginAvoidance(o.Origin, o.RadiusMetres) : null,
                c.Recovery.MaxPeersInNeighbourhood,
                [.. c.Recovery.SupportAnchors.Select(a => new SupportAnchor(a.Kind, a.Location, a.MaxDistanceMetres))]),
            c.Consent, c.CareTeamId, c.Status)));
        Assert.All(population.Units, u => Assert.Equal(u, HousingUnit.Place(
            locator, u.Id, u.CorporationId, u.Location, u.DwellingType, u.Rooms, u.Access, u.Rent, u.Tenancy, u.ContractForm, u.AvailableFrom)));
        Assert.All(population.Neighbourhoods, n => Assert.Equal(n, new Neighbourhood(
            n.Code, n.Name, n.Boundary, n.Inhabitants, n.InhabitantsEstimated, n.ExistingProtectedHomes,
            n.LimitsOverride is { } l ? new LoadLimits(l.NewPlacementsPerPeriod, l.MaxProtectedHomesPerThousandInhabitants) : null)));
    }
}
