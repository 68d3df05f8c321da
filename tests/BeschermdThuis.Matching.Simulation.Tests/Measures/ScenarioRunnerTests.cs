using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Simulation.Outputs;
using BeschermdThuis.Matching.Simulation.Runs;
using static BeschermdThuis.Matching.Simulation.Measures.MeasureIds;

namespace BeschermdThuis.Matching.Simulation.Tests.Measures;

/// <summary>The runner over the real loop and engine, on the demo region cut down to a few periods.</summary>
public sealed class ScenarioRunnerTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_SameSeed_GivesAnEqualResultAndEqualFiles_OnOneCoreOrMore()
    {
        var scenarios = new[] { DemoReference.Small(periods: 2), DemoReference.Small(periods: 2, unitsPerLine: 4) with { Name = "more units" } };

        var oneCore = await ScenarioRunner.RunAsync(scenarios, DemoReference.Region, new(Replications: 3, Seed: 9, MaxParallelism: 1), null, Cancellation);
        var allCores = await ScenarioRunner.RunAsync(scenarios, DemoReference.Region, new(Replications: 3, Seed: 9, MaxParallelism: 4), null, Cancellation);
        var otherSeed = await ScenarioRunner.RunAsync(scenarios, DemoReference.Region, new(Replications: 3, Seed: 10), null, Cancellation);

        Assert.Equal(oneCore, allCores);
        Assert.NotEqual(oneCore, otherSeed);
        Assert.Equal(await FilesOf(oneCore), await FilesOf(allCores));
    }

    /// <summary>
    /// 20 replications against 5: the 5 are the first 5 of the 20 (same seeds), so the comparison is of the same draws
    /// plus 15 more. Student t's quantile falls from 2.78 to 2.09 and the standard error by half, so each interval must
    /// narrow unless the 15 further replications spread far wider than the first 5 did.
    /// </summary>
    [Fact]
    public async Task RunAsync_MoreReplications_NarrowTheIntervals()
    {
        var scenario = DemoReference.Small(periods: 3);

        var five = (await ScenarioRunner.RunAsync([scenario], DemoReference.Region, new(Replications: 5, Seed: 3), null, Cancellation)).Scenarios[0];
        var twenty = (await ScenarioRunner.RunAsync([scenario], DemoReference.Region, new(Replications: 20, Seed: 3), null, Cancellation)).Scenarios[0];

        Assert.Equal(five.Seeds, twenty.Seeds.Take(5));
        foreach (var measure in new[] { Arrivals, Housed, Waiting, PastReadinessDays, WaitMean })
        {
            var (few, many) = (five.Find(measure)!.Total, twenty.Find(measure)!.Total);
            Assert.True(few.HalfWidth > 0, $"{measure}: the first 5 replications differ");
            Assert.True(many.HalfWidth < few.HalfWidth, $"{measure}: ±{many.HalfWidth} over 20 is not narrower than ±{few.HalfWidth} over 5");
        }
    }

    [Fact]
    public async Task RunAsync_MoreUnits_HouseMorePeople_AndTheIntervalsSeparate()
    {
        var scarce = DemoReference.Small(periods: 3, clientsPerPeriod: 6, unitsPerLine: 1) with { Name = "scarce" };
        var ample = DemoReference.Small(periods: 3, clientsPerPeriod: 6, unitsPerLine: 6) with { Name = "ample" };

        var result = await ScenarioRunner.RunAsync([scarce, ample], DemoReference.Region, new(Replications: 5, Seed: 1), null, Cancellation);

        Assert.Equal("scarce", result.Comparison.Baseline);
        var housed = result.Comparison.Find(Housed)!;
        Assert.True(housed.Cells[1].DifferenceToBaseline > 0);
        Assert.True(housed.Cells[1].SeparatesFromBaseline);
        Assert.Equal(3, result["ample"].Periods.Count);
        Assert.All(result["ample"].Series, s => Assert.Equal(3, s.PerPeriod.Count));
        Assert.Equal(result["ample"].Find(UnitsOffered)!.Total.Mean, result["ample"].Find(UnitsOffered)!.PerPeriod.Sum(e => e.Mean));
    }

    [Fact]
    public async Task RunAsync_ReportsEachReplicationOnce()
    {
        var reports = new List<SimulationProgress>();
        var progress = new SynchronousProgress(reports);

        await ScenarioRunner.RunAsync([DemoReference.Small(periods: 2)], DemoReference.Region, new(Replications: 3), progress, Cancellation);

        Assert.Equal([1, 2, 3], reports.Select(r => r.Completed).Order());
        Assert.Equal([1, 2, 3], reports.Select(r => r.Replication).Order());
        Assert.All(reports, r => Assert.Equal((3, "small"), (r.Total, r.Scenario)));
    }

    [Fact]
    public async Task RunAsync_WrongOptionsOrBaseline_AreRefusedNamingTheField()
    {
        var scenario = DemoReference.Small(periods: 2);

        var replications = await Assert.ThrowsAsync<DomainValidationException>(() =>
            ScenarioRunner.RunAsync([scenario], DemoReference.Region, new(Replications: 0), null, Cancellation));
        var baseline = await Assert.ThrowsAsync<DomainValidationException>(() =>
            ScenarioRunner.RunAsync([scenario], DemoReference.Region, new(Baseline: "nope"), null, Cancellation));
        var twice = await Assert.ThrowsAsync<DomainValidationException>(() =>
            ScenarioRunner.RunAsync([scenario, scenario], DemoReference.Region, new(), null, Cancellation));
        var periods = await Assert.ThrowsAsync<DomainValidationException>(() =>
            ScenarioRunner.RunAsync([scenario, scenario with { Name = "other", Periods = 0 }], DemoReference.Region, new(), null, Cancellation));

        Assert.Equal("replications", Assert.Single(replications.Violations).Field);
        Assert.Equal("baseline", Assert.Single(baseline.Violations).Field);
        Assert.Equal("scenarios", Assert.Single(twice.Violations).Field);
        Assert.Equal("scenarios[1].periods", Assert.Single(periods.Violations).Field);
    }

    [Fact]
    public async Task RunAsync_Cancelled_RunsNothing()
    {
        var reports = new List<SimulationProgress>();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            ScenarioRunner.RunAsync([DemoReference.Small(periods: 2)], DemoReference.Region, new(Replications: 3), new SynchronousProgress(reports), cancelled.Token));
        Assert.Empty(reports);
    }

    private static async Task<List<byte[]>> FilesOf(SimulationResult result)
    {
        var folder = Directory.CreateTempSubdirectory("simulation-determinism-");
        try
        {
            var files = await SimulationOutputs.WriteAsync(result, folder.FullName, Cancellation);
            return [.. await Task.WhenAll(files.Select(f => File.ReadAllBytesAsync(f, Cancellation)))];
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // Progress<T> posts to the thread pool; the test reads the reports once the run is done.
    private sealed class SynchronousProgress(List<SimulationProgress> reports) : IProgress<SimulationProgress>
    {
        public void Report(SimulationProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
