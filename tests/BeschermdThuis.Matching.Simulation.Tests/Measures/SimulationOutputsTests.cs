using System.Text;
using System.Text.Json;
using BeschermdThuis.Matching.Simulation.Measures;
using BeschermdThuis.Matching.Simulation.Outputs;
using BeschermdThuis.Matching.Simulation.Runs;

namespace BeschermdThuis.Matching.Simulation.Tests.Measures;

public sealed class SimulationOutputsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("simulation-outputs-");

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>Two scenarios from the hand-worked trace: replications with seeds 1-3, and with seeds 4-5.</summary>
    private static SimulationResult Result()
    {
        var periods = new[] { TwoWeekTrace.Week1, TwoWeekTrace.Week2 };
        var first = ScenarioEstimates.Of("current", periods, [.. Enumerable.Range(1, 3).Select(s => MeasureCalculator.Measure(TwoWeekTrace.Build(s)))]);
        var second = ScenarioEstimates.Of("shared, pool", periods, [.. Enumerable.Range(4, 2).Select(s => MeasureCalculator.Measure(TwoWeekTrace.Build(s)))]);
        return new SimulationResult([first, second], ScenarioComparison.Of([first, second]));
    }

    [Fact]
    public async Task WriteAsync_MeasuresCsv_HasTheDocumentedColumns_AndARowPerSeriesTotalAndPeriod()
    {
        var result = Result();

        var written = await SimulationOutputs.WriteAsync(result, _folder.FullName, TestContext.Current.CancellationToken);

        Assert.Equal([SimulationOutputs.MeasuresJson, SimulationOutputs.MeasuresCsv, SimulationOutputs.ComparisonCsv, SimulationOutputs.DefinitionsCsv],
            written.Select(Path.GetFileName));
        var rows = ReadCsv(Path.Combine(_folder.FullName, SimulationOutputs.MeasuresCsv));
        Assert.Equal("scenario,measure,subject,period,period_start,period_end,unit,mean,low,high,replications", string.Join(',', rows[0]));
        Assert.Equal(1 + result.Scenarios.Sum(s => s.Series.Count * 3), rows.Count);
        var total = Assert.Single(rows, r => r[0] == "shared, pool" && r[1] == "wait.p90" && r[3] == "total");
        Assert.Equal(["", "total", "2026-01-05", "2026-01-18", "days", "5.8", "5.8", "5.8", "2"], total[2..]);
        var week2 = Assert.Single(rows, r => r[0] == "current" && r[1] == "neighbourhood.load_share" && r[2] == "BU02680001" && r[3] == "2");
        Assert.Equal(["2026-01-12", "2026-01-18", "%", "60"], week2[4..8]);
        var undefined = Assert.Single(rows, r => r[0] == "current" && r[1] == "fairness.wait.municipality" && r[2] == "GM0296" && r[3] == "1");
        Assert.Equal(["", "", "", "0"], undefined[7..]);
    }

    [Fact]
    public async Task WriteAsync_ComparisonAndDefinitionsCsv_HaveTheDocumentedColumns()
    {
        await SimulationOutputs.WriteAsync(Result(), _folder.FullName, TestContext.Current.CancellationToken);

        var comparison = ReadCsv(Path.Combine(_folder.FullName, SimulationOutputs.ComparisonCsv));
        Assert.Equal("measure,subject,unit,scenario,is_baseline,mean,low,high,replications,difference_to_baseline,separates_from_baseline",
            string.Join(',', comparison[0]));
        var housed = comparison.Where(r => r[0] == "housed").ToList();
        Assert.Equal([["housed", "", "people", "current", "true", "2", "2", "2", "3", "0", ""],
                      ["housed", "", "people", "shared, pool", "false", "2", "2", "2", "2", "0", "false"]], housed);
        var definitions = ReadCsv(Path.Combine(_folder.FullName, SimulationOutputs.DefinitionsCsv));
        Assert.Equal(["measure", "name", "unit", "subject_kind", "explanation"], definitions[0]);
        Assert.Equal(MeasureCatalog.All.Select(m => m.Explanation), definitions.Skip(1).Select(r => r[4]));
        Assert.Equal("household_size", definitions.Single(r => r[0] == "fairness.wait.household_size")[3]);
    }

    [Fact]
    public async Task WriteAsync_Json_HoldsDefinitionsSeriesAndComparison()
    {
        var result = Result();

        await SimulationOutputs.WriteAsync(result, _folder.FullName, TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(_folder.FullName, SimulationOutputs.MeasuresJson),
            TestContext.Current.CancellationToken));
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("format_version").GetInt32());
        Assert.Equal("current", root.GetProperty("baseline").GetString());
        Assert.Equal(MeasureCatalog.All.Count, root.GetProperty("measures").GetArrayLength());
        var scenario = root.GetProperty("scenarios")[1];
        Assert.Equal("shared, pool", scenario.GetProperty("name").GetString());
        Assert.Equal([4, 5], scenario.GetProperty("seeds").EnumerateArray().Select(s => s.GetInt32()));
        Assert.Equal("2026-01-12", scenario.GetProperty("periods")[1].GetProperty("start").GetString());
        var series = scenario.GetProperty("series").EnumerateArray().ToList();
        Assert.Equal(result.Scenarios[1].Series.Count, series.Count);
        var wait = series.Single(s => s.GetProperty("measure").GetString() == "fairness.wait.household_size" && s.GetProperty("subject").GetString() == "2");
        Assert.Equal(JsonValueKind.Null, wait.GetProperty("per_period")[0].GetProperty("mean").ValueKind);
        Assert.Equal(6, wait.GetProperty("per_period")[1].GetProperty("mean").GetDouble());
        Assert.Equal(6, wait.GetProperty("total").GetProperty("high").GetDouble());
        var row = root.GetProperty("comparison").EnumerateArray().First(r => r.GetProperty("measure").GetString() == "housed");
        Assert.Equal(JsonValueKind.Null, row.GetProperty("subject").ValueKind);
        Assert.False(row.GetProperty("scenarios")[1].GetProperty("separates_from_baseline").GetBoolean());
    }

    // RFC 4180: quoted fields may hold commas and doubled quotes.
    private static List<string[]> ReadCsv(string path)
    {
        var rows = new List<string[]>();
        foreach (var line in File.ReadAllLines(path))
        {
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = !quoted;
                }
                else if (c == ',' && !quoted)
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else
                {
                    field.Append(c);
                }
            }
            fields.Add(field.ToString());
            rows.Add([.. fields]);
        }
        return rows;
    }
}
