using System.Text;
using BeschermdThuis.Matching.Simulation.Runs;

namespace BeschermdThuis.Matching.Simulation.Outputs;

/// <summary>Writes a simulation's data files into an output folder (created when missing; files there are replaced).</summary>
public static class SimulationOutputs
{
    public const string MeasuresJson = "measures.json";
    public const string MeasuresCsv = "measures.csv";
    public const string ComparisonCsv = "comparison.csv";
    public const string DefinitionsCsv = "measure-definitions.csv";

    /// <returns>The paths written, in the order above.</returns>
    public static async Task<IReadOnlyList<string>> WriteAsync(SimulationResult result, string folder, CancellationToken cancellation = default)
    {
        Directory.CreateDirectory(folder);
        var buffer = new MemoryStream();
        MeasureJsonWriter.Write(result, buffer);
        var json = Path.Combine(folder, MeasuresJson);
        await File.WriteAllBytesAsync(json, buffer.ToArray(), cancellation);
        var measures = await WriteTextAsync(folder, MeasuresCsv, w => MeasureCsvWriter.WriteMeasures(result, w), cancellation);
        var comparison = await WriteTextAsync(folder, ComparisonCsv, w => MeasureCsvWriter.WriteComparison(result.Comparison, w), cancellation);
        var definitions = await WriteTextAsync(folder, DefinitionsCsv, MeasureCsvWriter.WriteDefinitions, cancellation);
        return [json, measures, comparison, definitions];
    }

    // Each file is composed in memory and written at once, so a failing writer leaves no half-written file behind.
    private static async Task<string> WriteTextAsync(string folder, string name, Action<TextWriter> write, CancellationToken cancellation)
    {
        var text = new StringWriter { NewLine = "\n" };
        write(text);
        var path = Path.Combine(folder, name);
        await File.WriteAllTextAsync(path, text.ToString(), new UTF8Encoding(false), cancellation);
        return path;
    }
}
