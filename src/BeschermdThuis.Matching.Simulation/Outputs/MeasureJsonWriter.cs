using System.Text.Json;
using BeschermdThuis.Matching.Simulation.Measures;
using BeschermdThuis.Matching.Simulation.Runs;

namespace BeschermdThuis.Matching.Simulation.Outputs;

/// <summary>
/// The simulation's measures as one JSON document with stable snake_case names (the README lists them under "Quota
/// simulation: outputs"): the measure definitions, every scenario's series with the total and per-period estimates,
/// and the comparison. An undefined value is null.
/// </summary>
public static class MeasureJsonWriter
{
    public const int FormatVersion = 1;

    public static void Write(SimulationResult result, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteNumber("format_version", FormatVersion);
        json.WriteString("baseline", result.Comparison.Baseline);
        json.WriteStartArray("measures");
        foreach (var definition in MeasureCatalog.All)
        {
            json.WriteStartObject();
            json.WriteString("id", definition.Id);
            json.WriteString("name", definition.Name);
            json.WriteString("unit", definition.Unit);
            json.WriteString("subject_kind", MeasureCsvWriter.SubjectKind(definition.Subject));
            json.WriteString("explanation", definition.Explanation);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("scenarios");
        foreach (var scenario in result.Scenarios)
        {
            WriteScenario(json, scenario);
        }
        json.WriteEndArray();
        WriteComparison(json, result.Comparison);
        json.WriteEndObject();
    }

    private static void WriteScenario(Utf8JsonWriter json, ScenarioEstimates scenario)
    {
        json.WriteStartObject();
        json.WriteString("name", scenario.Scenario);
        json.WriteNumber("replications", scenario.Replications);
        json.WriteStartArray("seeds");
        foreach (var seed in scenario.Seeds)
        {
            json.WriteNumberValue(seed);
        }
        json.WriteEndArray();
        json.WriteStartArray("periods");
        for (var p = 0; p < scenario.Periods.Count; p++)
        {
            json.WriteStartObject();
            json.WriteNumber("number", p + 1);
            json.WriteString("start", scenario.Periods[p].Start.ToString("yyyy-MM-dd"));
            json.WriteString("end", scenario.Periods[p].End.ToString("yyyy-MM-dd"));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("series");
        foreach (var series in scenario.Series)
        {
            json.WriteStartObject();
            json.WriteString("measure", series.MeasureId);
            json.WriteString("subject", series.Subject);
            json.WritePropertyName("total");
            WriteEstimate(json, series.Total);
            json.WriteStartArray("per_period");
            foreach (var estimate in series.PerPeriod)
            {
                WriteEstimate(json, estimate);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteComparison(Utf8JsonWriter json, ScenarioComparison comparison)
    {
        json.WriteStartArray("comparison");
        foreach (var row in comparison.Rows)
        {
            json.WriteStartObject();
            json.WriteString("measure", row.MeasureId);
            json.WriteString("subject", row.Subject);
            json.WriteStartArray("scenarios");
            foreach (var cell in row.Cells)
            {
                json.WriteStartObject();
                json.WriteString("scenario", cell.Scenario);
                WriteEstimateFields(json, cell.Estimate);
                WriteNullable(json, "difference_to_baseline", cell.DifferenceToBaseline);
                if (cell.SeparatesFromBaseline is { } separates)
                {
                    json.WriteBoolean("separates_from_baseline", separates);
                }
                else
                {
                    json.WriteNull("separates_from_baseline");
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteEstimate(Utf8JsonWriter json, Estimate estimate)
    {
        json.WriteStartObject();
        WriteEstimateFields(json, estimate);
        json.WriteEndObject();
    }

    private static void WriteEstimateFields(Utf8JsonWriter json, Estimate estimate)
    {
        WriteNullable(json, "mean", estimate.Mean);
        WriteNullable(json, "low", estimate.Low);
        WriteNullable(json, "high", estimate.High);
        json.WriteNumber("replications", estimate.Replications);
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
