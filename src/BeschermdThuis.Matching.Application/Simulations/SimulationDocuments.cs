using System.Text.Json;
using System.Text.Json.Serialization;
using BeschermdThuis.Matching.Simulation.Measures;
using BeschermdThuis.Matching.Simulation.Runs;

namespace BeschermdThuis.Matching.Application.Simulations;

/// <summary>What a board asked: the scenarios by name in the order given, the replications, the seed and the baseline.</summary>
public sealed record SimulationOptionsDocument(IReadOnlyList<string> Scenarios, int Replications, int Seed, string Baseline);

/// <summary>A measure's mean and 95 % interval over the replications it was defined in.</summary>
public sealed record EstimateDocument(double? Mean, double? Low, double? High, int Replications)
{
    public static EstimateDocument Of(Estimate estimate) => new(estimate.Mean, estimate.Low, estimate.High, estimate.Replications);
}

/// <summary>One region-wide measure of a scenario over the whole horizon.</summary>
public sealed record MeasureTotalDocument(string Measure, EstimateDocument Total);

public sealed record ScenarioTotalsDocument(string Scenario, IReadOnlyList<MeasureTotalDocument> Measures);

public sealed record ComparisonCellDocument(string Scenario, EstimateDocument Estimate, double? DifferenceToBaseline, bool? SeparatesFromBaseline);

/// <summary>One measure for one subject (a municipality, neighbourhood, corporation or household size; null: the region) in every scenario.</summary>
public sealed record ComparisonRowDocument(string Measure, string? Subject, IReadOnlyList<ComparisonCellDocument> Cells);

/// <summary>
/// The stored result of a simulation: aggregates only. Per scenario the region-wide measures' totals, and the comparison
/// with the baseline. No simulated client, and no per-period series (the CLI's outputs have those).
/// </summary>
public sealed record SimulationResultDocument(IReadOnlyList<ScenarioTotalsDocument> Scenarios, string Baseline, IReadOnlyList<ComparisonRowDocument> Comparison)
{
    public static SimulationResultDocument Of(SimulationResult result) =>
        new(
            [.. result.Scenarios.Select(s => new ScenarioTotalsDocument(s.Scenario,
                [.. s.Series.Where(m => m.Subject is null).Select(m => new MeasureTotalDocument(m.MeasureId, EstimateDocument.Of(m.Total)))]))],
            result.Comparison.Baseline,
            [.. result.Comparison.Rows.Select(r => new ComparisonRowDocument(r.MeasureId, r.Subject,
                [.. r.Cells.Select(c => new ComparisonCellDocument(c.Scenario, EstimateDocument.Of(c.Estimate), c.DifferenceToBaseline, c.SeparatesFromBaseline))]))]);
}

internal static class SimulationJson
{
    // Doubles are written in their shortest round-trip form, so a stored result reads back bit for bit.
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Write<T>(T document) => JsonSerializer.Serialize(document, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidOperationException("a stored simulation document is empty");
}
