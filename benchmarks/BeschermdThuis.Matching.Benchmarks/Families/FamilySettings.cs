using System.Globalization;
using BeschermdThuis.Matching.DemoRegion.Population;

namespace BeschermdThuis.Matching.Benchmarks.Families;

/// <summary>
/// What the family benchmarks run, from environment variables so that BenchmarkDotNet's child processes see the same
/// (they inherit the host's environment): <c>FAMILY_NAMES</c> (e.g. <c>Spread,Tight</c>; default all three),
/// <c>FAMILY_SIZES</c> (e.g. <c>200x500</c>; default the three sizes of issue 14), <c>FAMILY_SEEDS</c> (<c>n</c>: seeds
/// 1..n, default 20; <c>a-b</c>: seeds a..b, so that one family and size can be shared between runs side by side), the
/// caps per instance in seconds <c>FAMILY_ENGINE_CAP</c> (120), <c>FAMILY_MIP_CAP</c> (300),
/// <c>FAMILY_NAIVE_CAP</c> (120), <c>FAMILY_MIP_WORKERS</c> (1), <c>FAMILY_WARMUP</c> (1: each solver runs once on a
/// small instance before it is measured; 0: the measured call is the process's first), and <c>FAMILY_CSV</c>, the file
/// each instance's outcome is appended to (the host sets it, see <see cref="Program"/>).
/// </summary>
public static class FamilySettings
{
    public const string CsvVariable = "FAMILY_CSV";

    public static readonly string[] AllSizes = ["200x500", "1000x2500", "2000x5000"];

    public static IEnumerable<PopulationFamily> Families =>
        Read("FAMILY_NAMES") is { } names
            ? names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Enum.Parse<PopulationFamily>)
            : Enum.GetValues<PopulationFamily>();

    public static IEnumerable<string> Sizes =>
        Read("FAMILY_SIZES") is { } sizes
            ? sizes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : AllSizes;

    public static IEnumerable<int> Seeds =>
        Read("FAMILY_SEEDS")?.Split('-') is [var first, var last]
            ? Between(int.Parse(first, CultureInfo.InvariantCulture), int.Parse(last, CultureInfo.InvariantCulture))
            : Between(1, Number("FAMILY_SEEDS", 20));

    public static TimeSpan EngineCap => TimeSpan.FromSeconds(Number("FAMILY_ENGINE_CAP", 120));

    public static TimeSpan MipCap => TimeSpan.FromSeconds(Number("FAMILY_MIP_CAP", 300));

    public static TimeSpan NaiveCap => TimeSpan.FromSeconds(Number("FAMILY_NAIVE_CAP", 120));

    public static int MipWorkers => Number("FAMILY_MIP_WORKERS", 1);

    public static bool WarmUp => Number("FAMILY_WARMUP", 1) == 1;

    /// <summary>The warm-up instance: small, so that it costs little, of the same family and a seed never measured.</summary>
    public const string WarmUpSize = "50x125";

    public const int WarmUpSeedOffset = 10_000;

    public static string CsvPath =>
        Read(CsvVariable) ?? Path.GetFullPath(Path.Combine("BenchmarkDotNet.Artifacts", "families", "families.csv"));

    /// <summary>"200x500" is 200 clients on 500 units.</summary>
    public static DemoPopulationSize ParseSize(string size)
    {
        var parts = size.Split('x');
        if (parts.Length != 2)
        {
            throw new FormatException($"size '{size}' is not CLIENTSxUNITS");
        }
        return new DemoPopulationSize(int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[0], CultureInfo.InvariantCulture));
    }

    private static IEnumerable<int> Between(int first, int last) => Enumerable.Range(first, last - first + 1);

    private static string? Read(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;

    private static int Number(string name, int fallback) =>
        Read(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
