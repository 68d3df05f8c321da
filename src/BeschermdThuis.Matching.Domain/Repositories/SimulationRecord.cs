using BeschermdThuis.Matching.Domain.Parties;

namespace BeschermdThuis.Matching.Domain.Repositories;

/// <summary>
/// A quota simulation as stored: who asked for it and when, its options (scenario names, replications, seed) and its
/// result, both opaque JSON to storage. The result holds aggregates only, never a client. <see cref="ResultJson"/> is
/// null in a list, which leaves the larger document out. Stored once, never changed.
/// </summary>
public sealed record SimulationRecord(string RegionId, string Id, DateTimeOffset CreatedAt, Party RequestedBy, string OptionsJson, string? ResultJson);
