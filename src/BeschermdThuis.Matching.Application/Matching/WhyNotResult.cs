using BeschermdThuis.Matching.Solver.Explanations;

namespace BeschermdThuis.Matching.Application.Matching;

/// <summary>The solver's why-not answer with the API names of the client, the unit and the clients who would lose their home.</summary>
public sealed record WhyNotResult(WhyNotAnswer Answer, string Client, string Unit, IReadOnlyList<DisplacedClient> Displaced, MatchRunAudience Audience);

public sealed record DisplacedClient(string Client, string Municipality);
