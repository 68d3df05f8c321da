using BeschermdThuis.Matching.DemoRegion;
using BeschermdThuis.Matching.DemoRegion.Population;
using BeschermdThuis.Matching.Domain.Affordability;
using BeschermdThuis.Matching.Simulation.Scenarios;

namespace BeschermdThuis.Matching.Simulation.Tests;

/// <summary>The demo region as a caller passes it in: its geography, the demo population's protected homes and care teams, the shipped rent limits.</summary>
internal static class DemoReference
{
    private static readonly Lazy<RegionReference> Loaded = new(() =>
    {
        var data = RegioNijmegen.Load();
        var population = DemoPopulation.Generate(data, DemoPopulation.DefaultSeed, DemoPopulationSize.Default, new DateOnly(2026, 1, 5));
        var affordability = AffordabilityPolicyJson.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "config", "affordability.json")));
        return new RegionReference(data.Region.Municipalities, population.Neighbourhoods, population.CareTeams, affordability);
    });

    public static RegionReference Region => Loaded.Value;

    public static string ScenarioPath(string name) => Path.Combine(AppContext.BaseDirectory, "scenarios", name);

    public static Scenario Shipped(string name) => ScenarioFile.Load(ScenarioPath(name));

    /// <summary>The current agreements cut down to a few periods and a few clients and units each, for fast tests.</summary>
    public static Scenario Small(int periods = 4, double clientsPerPeriod = 3, int unitsPerLine = 2) =>
        Shipped("current-agreements.json") with
        {
            Name = "small",
            Periods = periods,
            Arrivals = [new(new("GM0268"), clientsPerPeriod * 0.7), new(new("GM0296"), clientsPerPeriod * 0.3)],
            Supply = [new("waalboog", new("GM0268"), unitsPerLine * periods), new("maasheggen", new("GM0296"), unitsPerLine * periods)],
            Agreements = [new("pa-waalboog-gm0268", "waalboog", new("GM0268"), unitsPerLine * periods)],
        };
}
