using System.Globalization;
using BeschermdThuis.Matching.Solver.Results;
using Spectre.Console;

namespace BeschermdThuis.Matching.Cli.Matching;

/// <summary>
/// Shows the solver's improving solutions while it works: a live status line on a terminal, plain lines (at most one
/// per half second, and every change of goal) when the output is redirected.
/// </summary>
internal static class MatchProgressDisplay
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromMilliseconds(500);

    public static async Task<T> RunAsync<T>(Func<Action<MatchProgress>, Task<T>> solve)
    {
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            var gate = new object();
            MatchProgress? last = null;
            return await solve(p =>
            {
                lock (gate)
                {
                    if (last is null || last.TierNumber != p.TierNumber || p.Elapsed - last.Elapsed >= PlainInterval)
                    {
                        Console.WriteLine(Line(p));
                        last = p;
                    }
                }
            });
        }
        return await AnsiConsole.Status().Spinner(Spinner.Known.Dots).StartAsync("Solving…", context =>
            solve(p => context.Status(Markup.Escape(Line(p)))));
    }

    public static string Line(MatchProgress p) => string.Create(CultureInfo.InvariantCulture,
        $"solving goal {p.TierNumber} ({p.Goal.ToString().ToLowerInvariant()}): objective {p.Objective}, bound {p.BestBound}, {p.Elapsed.TotalSeconds:0.0} s");
}
