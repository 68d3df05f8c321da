namespace BeschermdThuis.Matching.Solver.Model;

/// <summary>
/// A neighbourhood whose peer limits bind, as the level branching reads it (model variable indices): the count of new
/// placements there, the most it can reach, and per client whose room is below that most, the room (peer limit less the
/// protected homes already there) and the client's pair literals there.
/// </summary>
internal sealed record PeerLevel(int Count, int Most, IReadOnlyList<(int Room, int[] Literals)> Clients);
