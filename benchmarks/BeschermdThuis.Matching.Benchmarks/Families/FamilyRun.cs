using System.Globalization;

namespace BeschermdThuis.Matching.Benchmarks.Families;

/// <summary>How one goal was settled in one run: the engine's method (or the MIP's "optimal"/"capped"), status and value.</summary>
public sealed record GoalSettlement(string Goal, string How, string Status, long? Value, double Seconds);

/// <summary>
/// One solver on one instance, as a CSV line: <see cref="Proven"/> when every goal was proven optimal within
/// <see cref="CapSeconds"/>; <see cref="Seconds"/> is the whole call (eligibility included). The floor has no goals.
/// <see cref="Warm"/> when the solver had run once in the process before (on a small instance of the family), as in a
/// running service; lines written before that column existed were cold runs.
/// </summary>
public sealed record FamilyRun(
    string Solver, string Family, string Size, int Seed, int EligiblePairs, double CapSeconds, double Seconds, bool Proven,
    IReadOnlyList<GoalSettlement> Goals, bool Warm)
{
    public const string Header = "solver,family,size,seed,eligible_pairs,cap_s,wall_s,proven,goals,warm";

    public string ToCsv() => string.Join(',',
        Solver, Family, Size, Seed.ToString(CultureInfo.InvariantCulture), EligiblePairs.ToString(CultureInfo.InvariantCulture),
        CapSeconds.ToString("0.###", CultureInfo.InvariantCulture), Seconds.ToString("0.######", CultureInfo.InvariantCulture),
        Proven ? "true" : "false",
        string.Join(';', Goals.Select(g => string.Join(':', g.Goal, g.How, g.Status, g.Value?.ToString(CultureInfo.InvariantCulture) ?? "",
            g.Seconds.ToString("0.###", CultureInfo.InvariantCulture)))),
        Warm ? "true" : "false");

    public static FamilyRun Parse(string line)
    {
        var f = line.Split(',');
        if (f.Length is not (9 or 10))
        {
            throw new FormatException($"not a family run line: {line}");
        }
        var goals = f[8].Split(';', StringSplitOptions.RemoveEmptyEntries).Select(g => g.Split(':')).Select(g => new GoalSettlement(
            g[0], g[1], g[2], g[3].Length == 0 ? null : long.Parse(g[3], CultureInfo.InvariantCulture), double.Parse(g[4], CultureInfo.InvariantCulture)));
        return new FamilyRun(f[0], f[1], f[2], int.Parse(f[3], CultureInfo.InvariantCulture), int.Parse(f[4], CultureInfo.InvariantCulture),
            double.Parse(f[5], CultureInfo.InvariantCulture), double.Parse(f[6], CultureInfo.InvariantCulture), f[7] == "true", [.. goals],
            f.Length == 10 && f[9] == "true");
    }

    /// <summary>Appends this run to <paramref name="path"/>, writing the header first into a new file.</summary>
    public void AppendTo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var header = File.Exists(path) ? "" : Header + Environment.NewLine;
        File.AppendAllText(path, header + ToCsv() + Environment.NewLine);
    }

    /// <summary>Prints the run on BenchmarkDotNet's log and appends it to the run's CSV (<see cref="FamilySettings.CsvPath"/>).</summary>
    public void Record()
    {
        Console.WriteLine($"// OUTCOME {ToCsv()}");
        AppendTo(FamilySettings.CsvPath);
    }
}
