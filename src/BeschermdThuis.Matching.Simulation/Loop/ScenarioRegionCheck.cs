using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Simulation.Loop;

/// <summary>A scenario names only what the region has: its municipalities (with neighbourhoods) and neighbourhoods, and a configured rent year.</summary>
internal static class ScenarioRegionCheck
{
    public static void Ensure(Scenarios.Scenario scenario, RegionReference region)
    {
        var municipalities = region.Neighbourhoods.Select(n => n.Municipality).ToHashSet();
        var neighbourhoods = region.Neighbourhoods.Select(n => n.Code).ToHashSet();
        var v = new Validator()
            .Require(region.Affordability.HasYear(scenario.RentYear), "rentYear", $"no rent limits are configured for {scenario.RentYear}")
            .Require(region.Municipalities.Select(m => m.Code).ToHashSet().SetEquals(municipalities), "region", "every municipality needs neighbourhoods and every neighbourhood a municipality of the region");
        for (var i = 0; i < scenario.Arrivals.Count; i++)
        {
            v.Require(municipalities.Contains(scenario.Arrivals[i].Municipality), $"arrivals[{i}].municipality", $"{scenario.Arrivals[i].Municipality} is not in the region");
        }
        for (var i = 0; i < scenario.Supply.Count; i++)
        {
            v.Require(municipalities.Contains(scenario.Supply[i].Municipality), $"supply[{i}].municipality", $"{scenario.Supply[i].Municipality} is not in the region");
        }
        for (var i = 0; i < scenario.Agreements.Count; i++)
        {
            v.Require(municipalities.Contains(scenario.Agreements[i].Municipality), $"agreements[{i}].municipality", $"{scenario.Agreements[i].Municipality} is not in the region");
        }
        for (var i = 0; i < scenario.Limits.Overrides.Count; i++)
        {
            v.Require(neighbourhoods.Contains(scenario.Limits.Overrides[i].Neighbourhood), $"limits.overrides[{i}].neighbourhood",
                $"{scenario.Limits.Overrides[i].Neighbourhood} is not in the region");
        }
        v.ThrowIfInvalid();
    }
}
