using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Simulation.Measures;
using static BeschermdThuis.Matching.Simulation.Measures.MeasureIds;

namespace BeschermdThuis.Matching.Simulation.Tests.Measures;

public sealed class ScenarioComparisonTests
{
    private static readonly IReadOnlyList<DateRange> OnePeriod = [new(new(2026, 1, 5), new(2026, 1, 11))];

    [Fact]
    public void Of_FirstScenarioIsTheBaseline_DifferencesAndSeparationAgainstIt()
    {
        var current = Scenario("current", housed: [10, 11, 12, 11], wait: [30, 40, 35, 45]);
        var more = Scenario("more units", housed: [20, 21, 22, 21], wait: [31, 41, 36, 44]);

        var comparison = ScenarioComparison.Of([current, more]);

        Assert.Equal("current", comparison.Baseline);
        Assert.Equal(["current", "more units"], comparison.Scenarios);
        var housed = comparison.Find(Housed)!;
        Assert.Equal(["current", "more units"], housed.Cells.Select(c => c.Scenario));
        Assert.Equal(0, housed.Cells[0].DifferenceToBaseline);
        Assert.Null(housed.Cells[0].SeparatesFromBaseline);
        Assert.Equal(10, housed.Cells[1].DifferenceToBaseline!.Value, 9);
        Assert.True(housed.Cells[1].SeparatesFromBaseline);
        var wait = comparison.Find(WaitMean)!;
        Assert.Equal(0.5, wait.Cells[1].DifferenceToBaseline!.Value, 9);
        Assert.False(wait.Cells[1].SeparatesFromBaseline);
        Assert.Equal([Housed, WaitMean], comparison.Rows.Select(r => r.MeasureId));
    }

    [Fact]
    public void Of_NamedBaseline_ComparesAgainstThatScenario()
    {
        var current = Scenario("current", housed: [10, 11, 12, 11], wait: [30, 40, 35, 45]);
        var more = Scenario("more units", housed: [20, 21, 22, 21], wait: [31, 41, 36, 44]);

        var comparison = ScenarioComparison.Of([current, more], "more units");

        Assert.Equal("more units", comparison.Baseline);
        Assert.Equal(-10, comparison.Find(Housed)!.Cells[0].DifferenceToBaseline!.Value, 9);
        Assert.Null(comparison.Find(Housed)!.Cells[1].SeparatesFromBaseline);
    }

    [Fact]
    public void Of_UnknownBaselineOrNoScenario_IsRefused()
    {
        var current = Scenario("current", housed: [1, 2], wait: [1, 2]);

        Assert.Throws<ArgumentException>(() => ScenarioComparison.Of([current], "other"));
        Assert.Throws<ArgumentException>(() => ScenarioComparison.Of([]));
    }

    [Fact]
    public void Of_UndefinedMeasure_HasNoDifference()
    {
        var current = Scenario("current", housed: [1, 2], wait: [null, null]);
        var other = Scenario("other", housed: [1, 2], wait: [3, 4]);

        var wait = ScenarioComparison.Of([current, other]).Find(WaitMean)!;

        Assert.Equal(Estimate.Undefined, wait.Cells[0].Estimate);
        Assert.Null(wait.Cells[1].DifferenceToBaseline);
        Assert.Null(wait.Cells[1].SeparatesFromBaseline);
    }

    /// <summary>A scenario whose replications gave these totals (and the same value in its one period).</summary>
    internal static ScenarioEstimates Scenario(string name, double?[] housed, double?[] wait)
    {
        var replications = housed.Select((h, r) => new ReplicationMeasures(r + 1, 1,
            [new MeasureValues(WaitMean, null, wait[r], [wait[r]]), new MeasureValues(Housed, null, h, [h])])).ToList();
        return ScenarioEstimates.Of(name, OnePeriod, replications);
    }
}
