using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.DemoRegion;
using BeschermdThuis.Matching.DemoRegion.Population;
using BeschermdThuis.Matching.Domain.Affordability;
using BeschermdThuis.Matching.Simulation;

namespace BeschermdThuis.Matching.Cli.Simulation;

/// <summary>
/// The region the shipped scenarios simulate: the demo region's real neighbourhoods, the demo population's protected
/// homes and care teams as they are on the scenarios' first day, and the configured rent limits.
/// </summary>
internal static class DemoSimulationRegion
{
    public static async Task<RegionReference> LoadAsync(DateOnly start, CancellationToken cancellationToken)
    {
        var data = RegioNijmegen.Load();
        var population = DemoPopulation.Generate(data, DemoPopulation.DefaultSeed, DemoPopulationSize.Default, start);
        var affordability = AffordabilityPolicyJson.Parse(
            await File.ReadAllTextAsync(DefaultFiles.Resolve(DefaultFiles.AffordabilityConfig), cancellationToken));
        return new RegionReference(data.Region.Municipalities, population.Neighbourhoods, population.CareTeams, affordability);
    }
}
