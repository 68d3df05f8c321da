using BeschermdThuis.Matching.Simulation.Scenarios;

namespace BeschermdThuis.Matching.Simulation.Tests;

public sealed class ScenarioFileTests
{
    [Theory]
    [InlineData("current-agreements.json", QuotaMode.PerCorporation, 1300)]
    [InlineData("plus-25-percent-units.json", QuotaMode.PerCorporation, 1625)]
    [InlineData("shared-pool.json", QuotaMode.SharedPool, 1300)]
    public void Shipped_ScenariosLoad_With52WeeksAndTheirUnits(string file, QuotaMode quota, int units)
    {
        var scenario = DemoReference.Shipped(file);

        Assert.Equal((52, 7), (scenario.Periods, scenario.PeriodDays));
        Assert.Equal(quota, scenario.Quota);
        Assert.Equal(units, scenario.Supply.Sum(s => s.Units));
        Assert.Equal(20.0, scenario.Arrivals.Sum(a => a.PerPeriod ?? 0), 3);
    }

    [Fact]
    public void Shipped_ScenariosDifferOnlyWhereTheirDescriptionSays()
    {
        var current = DemoReference.Shipped("current-agreements.json");
        var more = DemoReference.Shipped("plus-25-percent-units.json");
        var pool = DemoReference.Shipped("shared-pool.json");

        Assert.All(current.Supply.Zip(more.Supply), p => Assert.Equal(Math.Round(p.First.Units * 1.25), p.Second.Units, 1.0));
        Assert.Equal(current.Agreements, pool.Agreements);
        Assert.Equal(
            current.Supply.GroupBy(s => s.CorporationId).Select(g => (g.Key, g.Sum(s => s.Units))),
            pool.Supply.GroupBy(s => s.CorporationId).Select(g => (g.Key, g.Sum(s => s.Units))));
    }

    [Theory]
    [InlineData("\"periods\": 52", "\"periods\": 0", "periods")]
    [InlineData("\"clientAccepts\": 0.8", "\"clientAccepts\": 1.5", "decisions.clientAccepts")]
    [InlineData("\"municipality\": \"GM0252\",\n      \"perPeriod\": 1.4", "\"municipality\": \"GM0252\",\n      \"perPeriod\": -1", "arrivals[1].perPeriod")]
    [InlineData("\"municipality\": \"GM0209\"", "\"municipality\": \"GX0209\"", "arrivals[0].municipality")]
    [InlineData("\"quota\": \"perCorporation\"", "\"quota\": \"everyone\"", "quota")]
    [InlineData("\"periodDays\": 7", "\"periodDays\": \"seven\"", "periodDays")]
    [InlineData("\"tiers\": [", "\"tiers\": [\"housing\", ", "policy.tiers")]
    [InlineData("\"rentYear\": 2025,", "", "rentYear")]
    [InlineData("\"rentYear\": 2025,", "\"rentYear\": 2025, \"colour\": 1,", "colour")]
    [InlineData("\"min\": -30,", "\"min\": 100,", "clients.readinessDaysAfterArrival.max")]
    public void Parse_ABadValue_NamesTheFieldAndTheFile(string good, string bad, string field)
    {
        var json = File.ReadAllText(DemoReference.ScenarioPath("current-agreements.json"));
        Assert.Contains(good, json);

        var error = Assert.Throws<ScenarioFileException>(() => ScenarioFile.Parse(json.Replace(good, bad), "scenarios/broken.json"));

        Assert.Equal("scenarios/broken.json", error.File);
        Assert.Contains(error.Violations, v => v.Field == field || v.Description.Contains(field, StringComparison.Ordinal));
        Assert.StartsWith("scenarios/broken.json: ", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("null")]
    public void Parse_NoScenarioAtAll_IsAFileError(string json)
    {
        var error = Assert.Throws<ScenarioFileException>(() => ScenarioFile.Parse(json, "x.json"));

        Assert.Equal("x.json", error.File);
    }

    [Fact]
    public void Load_AMissingFile_IsAFileError()
    {
        var error = Assert.Throws<ScenarioFileException>(() => ScenarioFile.Load(Path.Combine(AppContext.BaseDirectory, "no-such-scenario.json")));

        Assert.Equal("(file)", error.Violations.Single().Field);
    }

    [Fact]
    public void Serialize_ThenParse_GivesTheSameScenarioBack()
    {
        var scenario = DemoReference.Shipped("shared-pool.json");

        var again = ScenarioFile.Parse(ScenarioFile.Serialize(scenario), "again.json");

        Assert.Equal(ScenarioFile.Serialize(scenario), ScenarioFile.Serialize(again));
    }
}
