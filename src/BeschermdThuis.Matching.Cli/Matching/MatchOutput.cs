using System.Globalization;
using System.Text.Json;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Application.Matching;
using BeschermdThuis.Matching.Solver.Results;
using Spectre.Console;

namespace BeschermdThuis.Matching.Cli.Matching;

/// <summary>Prints a match run: status and figures per goal, the pairs with a short explanation, the unmatched with their reasons.</summary>
internal static class MatchOutput
{
    /// <summary>Width used when the output is redirected (no terminal to ask), wide enough for the explanation column.</summary>
    private const int RedirectedWidth = 140;

    /// <summary>Lines of an unmatched client's explanation shown (a pair shows its first line).</summary>
    private const int UnmatchedExplanationLines = 4;

    private static string Method(TierMethod? method) => method switch
    {
        TierMethod.Relaxation => "relaxation",
        TierMethod.Diving => "diving",
        TierMethod.RelaxationSupport => "CP-SAT near relaxation",
        TierMethod.Search => "CP-SAT",
        TierMethod.Flow => "flow",
        TierMethod.EarlierGoal => "earlier goal",
        TierMethod.LevelBranching => "peer levels",
        _ => "-",
    };

    public static void Render(MatchRunView view, bool dutch)
    {
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = RedirectedWidth;
        }
        var (summary, result) = (view.Run.Summary, view.Run.Result);
        AnsiConsole.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"Match run {ResourceNames.MatchRun(summary.RegionId, summary.Id)}: {Snake(result.Status)}, {summary.PairCount} of {result.ClientCount} clients matched to {result.UnitCount} units ({result.EligiblePairCount} eligible pairs), {TimeSpan.FromSeconds(result.WallTimeSeconds).TotalSeconds:0.0} s, OR-Tools {result.OrToolsVersion}, seed {summary.Seed}")));
        AnsiConsole.MarkupLine(Markup.Escape($"Input hash {summary.InputHash}"));
        AnsiConsole.Write(Goals(result.Tiers));
        AnsiConsole.Write(Pairs(view, dutch));
        AnsiConsole.Write(Unmatched(view, dutch));
        foreach (var c in view.VisibleConflicts)
        {
            AnsiConsole.MarkupLine(Markup.Escape($"Conflict ({Snake(c.Kind)}): {c.Detail}"));
        }
    }

    private static Table Goals(IEnumerable<TierDocument> tiers)
    {
        var table = new Table().Title("Goals, in priority order").AddColumn("Goal").AddColumn("Status")
            .AddColumn(new TableColumn("Objective").RightAligned()).AddColumn(new TableColumn("Best bound").RightAligned())
            .AddColumn(new TableColumn("Gap").RightAligned()).AddColumn(new TableColumn("Time").RightAligned()).AddColumn("Settled by");
        foreach (var t in tiers)
        {
            table.AddRow(Snake(t.Goal), Snake(t.Status), t.Objective is { } objective ? N(objective) : "-", t.BestBound is { } bound ? N(bound) : "-",
                t.Gap is { } gap ? gap.ToString("0.00%", CultureInfo.InvariantCulture) : "-",
                TimeSpan.FromSeconds(t.WallTimeSeconds).TotalSeconds.ToString("0.00 s", CultureInfo.InvariantCulture), Method(t.Method));
        }
        return table;
    }

    private static Table Pairs(MatchRunView view, bool dutch)
    {
        var table = new Table().Title(dutch ? "Matched pairs (gekoppeld)" : "Matched pairs").AddColumn("Client").AddColumn("Unit")
            .AddColumn("Corporation").AddColumn("Neighbourhood").AddColumn(new TableColumn("Days past readiness").RightAligned()).AddColumn("Explanation");
        foreach (var p in view.VisiblePairs)
        {
            table.AddRow(Markup.Escape(Last(p.Client)), Markup.Escape(Last(p.Unit)), Markup.Escape(p.Unit.Split('/')[1]), p.Neighbourhood,
                N(p.Scores.DaysPastReadiness), Markup.Escape(Explanation(view, p.Client, dutch, 1)));
        }
        return table;
    }

    private static Table Unmatched(MatchRunView view, bool dutch)
    {
        var table = new Table().Title(dutch ? "Unmatched clients (niet gekoppeld)" : "Unmatched clients").AddColumn("Client").AddColumn("Reasons");
        foreach (var u in view.VisibleUnmatched)
        {
            table.AddRow(Markup.Escape(Last(u.Client)), Markup.Escape(Explanation(view, u.Client, dutch, UnmatchedExplanationLines)));
        }
        return table;
    }

    private static string Explanation(MatchRunView view, string client, bool dutch, int lines) =>
        view.ExplanationOf(client) is { } explanation
            ? string.Join("\n", (dutch ? explanation.TextNl : explanation.TextEn).Split('\n').Take(lines))
            : string.Empty;

    /// <summary>The enum value as the API spells it (optimal, not_solved, earlier_goal, …).</summary>
    private static string Snake<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private static string Last(string name) => name[(name.LastIndexOf('/') + 1)..];

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
