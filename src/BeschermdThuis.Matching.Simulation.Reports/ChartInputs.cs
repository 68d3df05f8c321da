using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Simulation.Reports;

/// <summary>A measure's mean over the replications in one period, with its 95 % confidence interval.</summary>
public sealed record PeriodInterval(int Period, double Mean, double Low, double High);

/// <summary>One scenario's measure over time, period by period (1 = the first period).</summary>
public sealed record ScenarioSeries(string Scenario, IReadOnlyList<PeriodInterval> Periods);

/// <summary>
/// A neighbourhood's load share: its protected homes as a fraction of the most it can carry (1 = its ceiling).
/// A neighbourhood without an entry (no ceiling, so no share) is drawn as "no value".
/// </summary>
public sealed record NeighbourhoodLoadShare(NeighbourhoodCode Neighbourhood, double Share);
