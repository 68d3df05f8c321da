using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Application.Simulations;

/// <summary>A stored simulation read back: <see cref="Result"/> is null in a list.</summary>
public sealed record StoredSimulation(string RegionId, string Id, DateTimeOffset CreatedAt, Party RequestedBy,
    SimulationOptionsDocument Options, SimulationResultDocument? Result)
{
    public string Name => ResourceNames.Simulation(RegionId, Id);

    public static StoredSimulation From(SimulationRecord record) =>
        new(record.RegionId, record.Id, record.CreatedAt, record.RequestedBy,
            SimulationJson.Read<SimulationOptionsDocument>(record.OptionsJson),
            record.ResultJson is null ? null : SimulationJson.Read<SimulationResultDocument>(record.ResultJson));
}
