using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Application;

/// <summary>Counts for one neighbourhood: supply, demand, and the protected homes against the ceiling. No individual data.</summary>
public sealed record NeighbourhoodLoad(
    NeighbourhoodCode Code,
    int Inhabitants,
    int ExistingProtectedHomes,
    int ProtectedHomesCeiling,
    int NewPlacementsPerPeriod,
    int AvailableUnits,
    int WaitingClientsWishing);

public sealed record RegionLoad(string RegionId, IReadOnlyList<NeighbourhoodLoad> Neighbourhoods, int AvailableUnits, int WaitingClients);
