using BeschermdThuis.Matching.DemoRegion;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Simulation.Measures;
using BeschermdThuis.Matching.Simulation.Runs;

namespace BeschermdThuis.Matching.Simulation.Reports.Tests;

/// <summary>Deterministic chart inputs shaped like a simulation's: two scenarios over 52 weeks, a share per neighbourhood.</summary>
internal static class SampleReport
{
    public static IReadOnlyList<ScenarioSeries> WaitingSeries() =>
    [
        Series("current agreements", 1.0),
        Series("+25 % units", 0.6),
    ];

    public static IReadOnlyList<NeighbourhoodLoadShare> LoadShares(IReadOnlyList<Neighbourhood> neighbourhoods) =>
        [.. neighbourhoods.Select((n, i) => new NeighbourhoodLoadShare(n.Code, (i * 37 % 120) / 100.0)).Where((_, i) => i % 11 != 0)];

    private static ScenarioSeries Series(string name, double factor) =>
        new(name, [.. Enumerable.Range(1, 52).Select(week => Point(week, factor))]);

    private static PeriodInterval Point(int week, double factor)
    {
        var mean = factor * (8 + 10 * Math.Sin(week / 9.0) + week / 4.0);
        var half = 1.5 + week / 20.0;
        return new PeriodInterval(week, mean, Math.Max(0, mean - half), mean + half);
    }
}

/// <summary>A small simulation result built from per-replication values, as the runner builds it: 2 scenarios × 3 replications × 12 weeks.</summary>
internal static class SampleResult
{
    private static readonly Lazy<IReadOnlyList<Neighbourhood>> RegionNeighbourhoods = new(() => RegioNijmegen.Load().Neighbourhoods);

    /// <summary>The demo region's real neighbourhoods, loaded once for the test run.</summary>
    public static IReadOnlyList<Neighbourhood> Neighbourhoods => RegionNeighbourhoods.Value;

    public const int Weeks = 12;

    public static SimulationResult Build(IReadOnlyList<Neighbourhood> neighbourhoods)
    {
        var periods = Enumerable.Range(0, Weeks)
            .Select(w => new DateRange(new DateOnly(2027, 1, 4).AddDays(7 * w), new DateOnly(2027, 1, 10).AddDays(7 * w)))
            .ToList();
        var scenarios = new[] { ("current agreements", 1.0), ("+25 % units", 0.7) }
            .Select(s => ScenarioEstimates.Of(s.Item1, periods, [.. Enumerable.Range(0, 3).Select(r => Replication(r, s.Item2, neighbourhoods))]))
            .ToList();
        return new SimulationResult(scenarios, ScenarioComparison.Of(scenarios));
    }

    private static ReplicationMeasures Replication(int replication, double factor, IReadOnlyList<Neighbourhood> neighbourhoods)
    {
        double? Waiting(int week) => factor * (5 + week + replication);
        var values = new List<MeasureValues>
        {
            new(MeasureIds.PastReadinessPeople, null, Waiting(Weeks), [.. Enumerable.Range(1, Weeks).Select(Waiting)]),
            new(MeasureIds.Housed, null, 40 / factor + replication, [.. Enumerable.Range(1, Weeks).Select(w => (double?)(3 + (w + replication) % 2))]),
            new(MeasureIds.WaitMean, null, 20 * factor + replication, [.. Enumerable.Range(1, Weeks).Select(w => (double?)null)]),
        };
        values.AddRange(neighbourhoods.Select((n, i) =>
            new MeasureValues(MeasureIds.NeighbourhoodLoadShare, n.Code.Value, factor * (i * 37 % 120) + replication, [])));
        return new ReplicationMeasures(1000 + replication, Weeks, values);
    }
}
