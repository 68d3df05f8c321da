using BenchmarkDotNet.Running;
using BeschermdThuis.Matching.Benchmarks.Families;

namespace BeschermdThuis.Matching.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line, e.g.
/// <c>dotnet run -c Release --project benchmarks/BeschermdThuis.Matching.Benchmarks -- --filter '*'</c>
/// (add <c>--job short</c> for a quick look), or, with <c>--summarise-families FILE-OR-DIRECTORY...</c>, prints the
/// family table from the CSV files the family benchmarks wrote.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["--summarise-families", .. var paths])
        {
            FamilySummary.Print(paths.Length > 0 ? paths : [Path.Combine("BenchmarkDotNet.Artifacts", "families")], Console.Out);
            return;
        }
        // One CSV per run of the host, named for its start; the benchmark processes BenchmarkDotNet starts inherit it.
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(FamilySettings.CsvVariable)))
        {
            var csv = Path.GetFullPath(Path.Combine("BenchmarkDotNet.Artifacts", "families", $"families-{DateTime.UtcNow:yyyyMMdd-HHmmss}.csv"));
            Environment.SetEnvironmentVariable(FamilySettings.CsvVariable, csv);
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
