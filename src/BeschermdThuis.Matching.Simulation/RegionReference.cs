using BeschermdThuis.Matching.Domain.Affordability;
using BeschermdThuis.Matching.Domain.Care;
using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Simulation;

/// <summary>
/// The region's reference data a simulation runs on, passed in by the caller (a test or the CLI loads it, e.g. from
/// the demo region): the municipalities, every neighbourhood with its boundary, inhabitants and the protected homes
/// already there, the care teams, and the affordability rules. The scenario's limits replace the neighbourhoods' own.
/// </summary>
public sealed record RegionReference(
    IReadOnlyList<Municipality> Municipalities,
    IReadOnlyList<Neighbourhood> Neighbourhoods,
    IReadOnlyList<CareTeam> CareTeams,
    AffordabilityPolicy Affordability);
