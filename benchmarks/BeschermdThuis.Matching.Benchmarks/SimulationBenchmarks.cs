using BenchmarkDotNet.Attributes;
using BeschermdThuis.Matching.DemoRegion;
using BeschermdThuis.Matching.DemoRegion.Population;
using BeschermdThuis.Matching.Domain.Affordability;
using BeschermdThuis.Matching.Simulation;
using BeschermdThuis.Matching.Simulation.Scenarios;

namespace BeschermdThuis.Matching.Benchmarks;

/// <summary>
/// Issue 13, item 8: one replication of <c>scenarios/current-agreements.json</c> on the demo region, 52 weekly periods
/// with about 20 new clients and 25 new units a week, the real engine each week (one worker, no time limit). The
/// replication runs on one thread. The stage split (drawing, matching, explaining, recording) of every invocation is
/// collected with <see cref="SimulationLoop.RunTimed"/> and printed at the end, as totals per replication.
/// </summary>
[MemoryDiagnoser]
public class SimulationBenchmarks
{
    private readonly List<StageTimes> _times = [];
    private Scenario _scenario = null!;
    private RegionReference _region = null!;

    [GlobalSetup]
    public void Setup()
    {
        var data = RegioNijmegen.Load();
        var population = DemoPopulation.Generate(data, DemoPopulation.DefaultSeed, DemoPopulationSize.Default, new DateOnly(2026, 1, 5));
        var affordability = AffordabilityPolicyJson.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "config", "affordability.json")));
        _region = new RegionReference(data.Region.Municipalities, population.Neighbourhoods, population.CareTeams, affordability);
        _scenario = ScenarioFile.Load(Path.Combine(AppContext.BaseDirectory, "scenarios", "current-agreements.json"));
    }

    [Benchmark(Description = "one replication, 52 weekly periods, current agreements")]
    public int Replication()
    {
        var timed = SimulationLoop.RunTimed(_scenario, _region, 1);
        _times.Add(timed.Times);
        return timed.Trace.Periods.Sum(p => p.Placements.Count);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var t in _times)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"// stages: total {t.Total.TotalSeconds:0.000} s, matching {t.Matching.TotalSeconds:0.000} s ({t.Matching / t.Total:P0}), explaining {t.Explaining.TotalSeconds:0.000} s, drawing {t.Drawing.TotalSeconds:0.000} s, recording {t.Recording.TotalSeconds:0.000} s"));
        }
    }
}
