using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Solver.Model;

namespace BeschermdThuis.Matching.Solver.Results;

/// <summary>A proposed pair. <see cref="CareTeamId"/> is the team that supports the client there (new or continued).</summary>
public sealed record MatchedPair(
    ClientReference Client,
    string UnitId,
    NeighbourhoodCode Neighbourhood,
    string? CareTeamId,
    bool Pinned,
    ScoreTerms Scores);
