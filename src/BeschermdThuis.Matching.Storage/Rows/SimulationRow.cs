using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Storage.Mapping;

namespace BeschermdThuis.Matching.Storage.Rows;

/// <summary>A row of <c>simulations</c>; result_json stays null when a list query leaves it out.</summary>
internal sealed class SimulationRow
{
    public string RegionId { get; set; } = "";

    public string SimulationId { get; set; } = "";

    public string CreatedAt { get; set; } = "";

    public string RequestedByKind { get; set; } = "";

    public string RequestedById { get; set; } = "";

    public string OptionsJson { get; set; } = "";

    public string? ResultJson { get; set; }

    public static SimulationRow From(SimulationRecord simulation) => new()
    {
        RegionId = simulation.RegionId,
        SimulationId = simulation.Id,
        CreatedAt = StorageFormats.Instant(simulation.CreatedAt),
        // The kind by name, so the stored row reads without the enum at hand.
        RequestedByKind = simulation.RequestedBy.Kind.ToString(),
        RequestedById = simulation.RequestedBy.Id,
        OptionsJson = simulation.OptionsJson,
        ResultJson = simulation.ResultJson ?? throw new ArgumentException("a simulation is stored with its result", nameof(simulation)),
    };

    public SimulationRecord ToRecord() =>
        new(RegionId, SimulationId, StorageFormats.Instant(CreatedAt), new Party(Enum.Parse<PartyKind>(RequestedByKind, ignoreCase: false), RequestedById),
            OptionsJson, ResultJson);
}
