using BeschermdThuis.Matching.DemoRegion.Population;

namespace BeschermdThuis.Matching.DemoRegion.Tests;

/// <summary>Loads the region and one default population once for the whole test class.</summary>
public sealed class DemoRegionFixture
{
    public static readonly DateOnly ReferenceDate = new(2026, 1, 5);

    public DemoRegionFixture()
    {
        Region = RegioNijmegen.Load();
        Population = DemoPopulation.Generate(Region, DemoPopulation.DefaultSeed, DemoPopulationSize.Default, ReferenceDate);
    }

    public DemoRegionData Region { get; }

    public DemoPopulation Population { get; }
}
