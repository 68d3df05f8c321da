using BeschermdThuis.Matching.Domain.Geography;

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
        [.. neighbourhoods.Select((n, i) => new NeighbourhoodLoadShare(n.Code, i % 7 == 0 ? 0 : (i * 37 % 120) / 100.0))];

    private static ScenarioSeries Series(string name, double factor) =>
        new(name, [.. Enumerable.Range(1, 52).Select(week => Point(week, factor))]);

    private static PeriodInterval Point(int week, double factor)
    {
        var mean = factor * (8 + 10 * Math.Sin(week / 9.0) + week / 4.0);
        var half = 1.5 + week / 20.0;
        return new PeriodInterval(week, mean, Math.Max(0, mean - half), mean + half);
    }
}
