using BeschermdThuis.Matching.Domain.Clients;

namespace BeschermdThuis.Matching.Solver.Problem;

/// <summary>A client and a unit, as pinned (accepted or pending) or excluded (declined earlier).</summary>
public sealed record ClientUnitPair(ClientReference Client, string UnitId)
{
    public override string ToString() => $"{Client}→{UnitId}";
}
