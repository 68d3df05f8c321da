using System.Globalization;

namespace BeschermdThuis.Matching.Benchmarks.Families;

/// <summary>
/// The family table of benchmarks/RESULTS.md from the CSV lines the family benchmarks append: per family and size the
/// median, 90th percentile and maximum time to prove all five goals (nearest rank), for the engine and the SCIP
/// baseline, the floor's median and the ratios; then how each goal was settled. A run not proven within its cap counts
/// as the cap and is shown as "&gt; cap". When an instance was run more than once, its last line counts. Warm runs (after a
/// warm-up in the process) and cold runs are shown in rows of their own.
/// </summary>
public static class FamilySummary
{
    private static readonly string[] FamilyOrder = ["Demo", "Spread", "Tight"];

    /// <summary>Reads <paramref name="paths"/> (CSV files, or directories of them) and writes the markdown tables.</summary>
    public static void Print(IEnumerable<string> paths, TextWriter output)
    {
        var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p, "*.csv").Order(StringComparer.Ordinal) : (IEnumerable<string>)[p]).ToList();
        var runs = files.SelectMany(File.ReadLines)
            .Where(line => line.Length > 0 && !line.StartsWith("solver,", StringComparison.Ordinal))
            .Select(FamilyRun.Parse)
            .GroupBy(r => (r.Solver, r.Family, r.Size, r.Seed, r.Warm))
            .Select(g => g.Last())
            .ToList();
        var groups = runs.GroupBy(r => (r.Family, r.Size, r.Warm))
            .OrderBy(g => Array.IndexOf(FamilyOrder, g.Key.Family)).ThenBy(g => g.Key.Family, StringComparer.Ordinal)
            .ThenBy(g => FamilySettings.ParseSize(g.Key.Size).Clients).ThenBy(g => g.Key.Warm)
            .ToList();
        output.WriteLine($"From {files.Count} file(s), {runs.Count} runs. Times in seconds per instance (whole call, eligibility included); "
            + "median / p90 / max by nearest rank; \"> x\" = not proven within the cap x.");
        output.WriteLine();
        output.WriteLine("| family | size | runs | seeds | eligible pairs (median) | engine median | engine p90 | engine max | engine proven "
            + "| MIP median | MIP p90 | MIP max | MIP proven | floor median | engine p90 / floor | MIP p90 / engine p90 | naive CP-SAT median (proven) |");
        output.WriteLine("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var group in groups)
        {
            output.WriteLine(Row(group.Key.Family, group.Key.Size, group.Key.Warm, [.. group]));
        }
        output.WriteLine();
        output.WriteLine("How the engine settled each goal (instances per method):");
        output.WriteLine();
        output.WriteLine("| family | size | runs | how each goal was settled |");
        output.WriteLine("|---|---|---|---|");
        foreach (var group in groups)
        {
            output.WriteLine($"| {group.Key.Family} | {group.Key.Size} | {Start(group.Key.Warm)} | {Settlements([.. group.Where(r => r.Solver == "engine")])} |");
        }
    }

    private static string Start(bool warm) => warm ? "warm" : "cold";

    private static string Row(string family, string size, bool warm, IReadOnlyList<FamilyRun> runs)
    {
        var engine = Times(runs, "engine");
        var mip = Times(runs, "mip");
        var floor = Times(runs, "floor");
        var naive = Times(runs, "naive");
        var seeds = runs.Select(r => r.Seed).Distinct().Count();
        var eligible = runs.GroupBy(r => r.Seed).Select(g => (double)g.First().EligiblePairs).Order().ToList();
        var floorMedian = Rank(floor, 0.5);
        var cells = new List<string>
        {
            family, size, Start(warm), seeds.ToString(CultureInfo.InvariantCulture),
            eligible.Count == 0 ? "" : Rank(eligible.Select(e => new Time(e, false)).ToList(), 0.5)!.Value.Seconds.ToString("N0", CultureInfo.InvariantCulture),
            Show(Rank(engine, 0.5)), Show(Rank(engine, 0.9)), Show(Rank(engine, 1)), Proven(engine),
            Show(Rank(mip, 0.5)), Show(Rank(mip, 0.9)), Show(Rank(mip, 1)), Proven(mip),
            Show(floorMedian), Ratio(Rank(engine, 0.9), floorMedian), Ratio(Rank(mip, 0.9), Rank(engine, 0.9)),
            naive.Count == 0 ? "" : $"{Show(Rank(naive, 0.5))} ({Proven(naive)})",
        };
        return "| " + string.Join(" | ", cells) + " |";
    }

    // "Housing: Flow 5; Wishes: Relaxation 3, Search 2; ..." in the policy's order (the order of the goals in the lines).
    private static string Settlements(IReadOnlyList<FamilyRun> engine)
    {
        var goals = engine.SelectMany(r => r.Goals.Select(g => g.Goal)).Distinct().ToList();
        return string.Join("; ", goals.Select(goal =>
        {
            var counts = engine.SelectMany(r => r.Goals.Where(g => g.Goal == goal))
                .GroupBy(g => g.Status == "Optimal" ? g.How : $"{g.How} ({g.Status})")
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key} {g.Count()}");
            return $"{goal.ToLowerInvariant()}: {string.Join(", ", counts)}";
        }));
    }

    private readonly record struct Time(double Seconds, bool Capped);

    private static List<Time> Times(IReadOnlyList<FamilyRun> runs, string solver) =>
        [.. runs.Where(r => r.Solver == solver)
            .Select(r => r.Proven ? new Time(r.Seconds, false) : new Time(r.CapSeconds, true))
            .OrderBy(t => t.Seconds)];

    // Nearest rank: the smallest value with at least the fraction q of the values at or below it.
    private static Time? Rank(List<Time> sorted, double q) =>
        sorted.Count == 0 ? null : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static string Show(Time? time) => time switch
    {
        null => "",
        { Capped: true } t => $"> {Seconds(t.Seconds)}",
        { } t => Seconds(t.Seconds),
    };

    private static string Seconds(double s) => s < 10 ? s.ToString("0.00", CultureInfo.InvariantCulture) : s.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Proven(List<Time> times) => times.Count == 0 ? "" : $"{times.Count(t => !t.Capped)}/{times.Count}";

    // A capped numerator makes the ratio a lower bound, a capped denominator an upper bound.
    private static string Ratio(Time? numerator, Time? denominator)
    {
        if (numerator is not { } n || denominator is not { } d || d.Seconds <= 0)
        {
            return "";
        }
        var ratio = (n.Seconds / d.Seconds).ToString(n.Seconds / d.Seconds < 10 ? "0.0" : "0", CultureInfo.InvariantCulture) + "×";
        return (n.Capped, d.Capped) switch
        {
            (true, true) => "?",
            (true, false) => "> " + ratio,
            (false, true) => "< " + ratio,
            _ => ratio,
        };
    }
}
