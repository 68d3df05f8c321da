using BeschermdThuis.Matching.Domain.Affordability;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Simulation;
using BeschermdThuis.Matching.Simulation.Runs;
using BeschermdThuis.Matching.Simulation.Scenarios;

namespace BeschermdThuis.Matching.Application.Simulations;

/// <summary>
/// A board's request: scenarios as the text of scenario files (the JSON of scenarios/*.json), the replications per
/// scenario (0: the default) and the seed (null: the default).
/// </summary>
public sealed record SimulationRequest(IReadOnlyList<string> ScenarioJson, int Replications, long? Seed);

/// <summary>
/// Quota simulations for a region's board over the region as stored (its municipalities, neighbourhoods and care
/// teams, and the server's rent limits). A run is stored only when it finished; a cancelled or failed run stores nothing.
/// </summary>
public sealed class SimulationApplicationService(
    RegionCatalog catalog, ICareTeamRepository careTeams, ISimulationRepository simulations, AffordabilityPolicy affordability,
    SimulationLimits limits, TimeProvider clock)
{
    public const string ScenarioField = "scenario_json";

    public async Task<StoredSimulation> StartAsync(Party party, string regionId, SimulationRequest request,
        IProgress<SimulationProgress>? progress, CancellationToken cancellationToken)
    {
        var region = await catalog.GetAsync(regionId, cancellationToken);
        AccessPolicy.EnsureCanUseSimulations(party, regionId);
        var (scenarios, options) = Validate(request);
        var reference = new RegionReference(region.Region.Municipalities, region.Neighbourhoods,
            await careTeams.ListCareTeamsAsync(regionId, cancellationToken), affordability);
        var result = await ScenarioRunner.RunAsync(scenarios, reference, options, progress, cancellationToken);
        var createdAt = clock.GetUtcNow();
        var optionsDocument = new SimulationOptionsDocument([.. scenarios.Select(s => s.Name)], options.Replications, options.Seed, result.Comparison.Baseline);
        var record = new SimulationRecord(regionId, SimulationId.New(createdAt), createdAt, party,
            SimulationJson.Write(optionsDocument), SimulationJson.Write(SimulationResultDocument.Of(result)));
        // The run is done; a caller that went away meanwhile does not undo it.
        await simulations.CreateSimulationAsync(record, CancellationToken.None);
        return StoredSimulation.From(record);
    }

    public async Task<StoredSimulation> GetAsync(Party party, string regionId, string simulationId, CancellationToken cancellationToken)
    {
        await catalog.GetAsync(regionId, cancellationToken);
        AccessPolicy.EnsureCanUseSimulations(party, regionId);
        var record = await simulations.GetSimulationAsync(regionId, simulationId, cancellationToken)
            ?? throw new NotFoundException(ResourceNames.Simulation(regionId, simulationId));
        return StoredSimulation.From(record);
    }

    public async Task<Page<StoredSimulation>> ListAsync(Party party, string regionId, PageRequest page, CancellationToken cancellationToken)
    {
        await catalog.GetAsync(regionId, cancellationToken);
        AccessPolicy.EnsureCanUseSimulations(party, regionId);
        var found = await simulations.ListSimulationsAsync(regionId, page, cancellationToken);
        return new Page<StoredSimulation>([.. found.Items.Select(StoredSimulation.From)], found.NextAfter);
    }

    /// <summary>Parses every scenario and checks the options and the cap; every wrong field is named, by its path in the request.</summary>
    private (IReadOnlyList<Scenario> Scenarios, SimulationOptions Options) Validate(SimulationRequest request)
    {
        var replications = request.Replications == 0 ? SimulationOptions.DefaultReplications : request.Replications;
        var v = new Validator()
            .Require(request.ScenarioJson.Count > 0, ScenarioField, "give at least one scenario")
            .Require(request.Replications >= 0, "replications", "must not be negative (0: the default)")
            .Require(request.Seed is null or (>= 0 and <= int.MaxValue), "seed", $"must be from 0 to {int.MaxValue}")
            .Require(request.Replications < 0 || (long)replications * request.ScenarioJson.Count <= limits.MaxReplications, "replications",
                $"replications × scenarios may be at most {limits.MaxReplications} on this server");
        var scenarios = new List<Scenario>();
        for (var i = 0; i < request.ScenarioJson.Count; i++)
        {
            var field = $"{ScenarioField}[{i}]";
            try
            {
                scenarios.Add(ScenarioFile.Parse(request.ScenarioJson[i], field));
            }
            catch (ScenarioFileException e)
            {
                foreach (var violation in e.Violations)
                {
                    v.Require(false, violation.Field == "(file)" ? field : $"{field}.{violation.Field}", violation.Description);
                }
            }
        }
        foreach (var duplicate in scenarios.GroupBy(s => s.Name).Where(g => g.Count() > 1))
        {
            v.Require(false, ScenarioField, $"two scenarios are named '{duplicate.Key}'; names tell them apart in the result");
        }
        v.ThrowIfInvalid();
        var options = new SimulationOptions(replications, (int)(request.Seed ?? SimulationOptions.DefaultSeed)).Validate();
        return (scenarios, options);
    }
}
