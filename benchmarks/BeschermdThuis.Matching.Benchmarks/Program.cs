using BenchmarkDotNet.Running;

namespace BeschermdThuis.Matching.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line, e.g.
/// <c>dotnet run -c Release --project benchmarks/BeschermdThuis.Matching.Benchmarks -- --filter '*'</c>
/// (add <c>--job short</c> for a quick look).
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
