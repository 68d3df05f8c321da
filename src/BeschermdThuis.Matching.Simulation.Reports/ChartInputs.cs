using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Simulation.Reports;

/// <summary>A measure's mean over the replications in one period, with its 95 % confidence interval.</summary>
public sealed record PeriodInterval(int Period, double Mean, double Low, double High);

/// <summary>One scenario's measure over time, period by period (1 = the first period).</summary>
public sealed record ScenarioSeries(string Scenario, IReadOnlyList<PeriodInterval> Periods);

/// <summary>
/// A neighbourhood's load share: the placements made there as a fraction of what its limit allowed
/// (1 = the limit reached). A neighbourhood without an entry is drawn as "no placements".
/// </summary>
public sealed record NeighbourhoodLoadShare(NeighbourhoodCode Neighbourhood, double Share);
