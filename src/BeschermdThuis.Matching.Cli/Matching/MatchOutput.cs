using System.Globalization;
using BeschermdThuis.Matching.Api.Mapping;
using V1 = BeschermdThuis.Matching.Api.V1;
using Google.Protobuf;
using Spectre.Console;

namespace BeschermdThuis.Matching.Cli.Matching;

/// <summary>Prints a match run: status and figures per goal, the pairs with a short explanation, the unmatched with their reasons.</summary>
internal static class MatchOutput
{
    /// <summary>Width used when the output is redirected (no terminal to ask), wide enough for the explanation column.</summary>
    private const int RedirectedWidth = 140;

    private static string Method(V1.TierMethod method) => method switch
    {
        V1.TierMethod.Relaxation => "relaxation",
        V1.TierMethod.Diving => "diving",
        V1.TierMethod.RelaxationSupport => "CP-SAT near relaxation",
        V1.TierMethod.Search => "CP-SAT",
        V1.TierMethod.Flow => "flow",
        V1.TierMethod.EarlierGoal => "earlier goal",
        _ => "-",
    };

    public static void Render(V1.MatchRun run, bool dutch)
    {
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = RedirectedWidth;
        }
        AnsiConsole.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"Match run {run.Name}: {Status(run.Status)}, {run.PairCount} of {run.ClientCount} clients matched to {run.UnitCount} units ({run.EligiblePairCount} eligible pairs), {run.WallTime.ToTimeSpan().TotalSeconds:0.0} s, OR-Tools {run.OrToolsVersion}, seed {run.Seed}")));
        AnsiConsole.MarkupLine(Markup.Escape($"Input hash {run.InputHash}"));
        var tiers = new Table().Title("Goals, in priority order").AddColumn("Goal").AddColumn("Status")
            .AddColumn(new TableColumn("Objective").RightAligned()).AddColumn(new TableColumn("Best bound").RightAligned())
            .AddColumn(new TableColumn("Gap").RightAligned()).AddColumn(new TableColumn("Time").RightAligned()).AddColumn("Settled by");
        foreach (var t in run.Tiers)
        {
            tiers.AddRow(Goal(t.Goal), Status(t.Status), t.HasObjective ? N(t.Objective) : "-", t.HasBestBound ? N(t.BestBound) : "-",
                t.HasGap ? t.Gap.ToString("0.00%", CultureInfo.InvariantCulture) : "-",
                t.WallTime.ToTimeSpan().TotalSeconds.ToString("0.00 s", CultureInfo.InvariantCulture), Method(t.Method));
        }
        AnsiConsole.Write(tiers);

        var pairs = new Table().Title(dutch ? "Matched pairs (gekoppeld)" : "Matched pairs").AddColumn("Client").AddColumn("Unit")
            .AddColumn("Corporation").AddColumn("Neighbourhood").AddColumn(new TableColumn("Days past readiness").RightAligned()).AddColumn("Explanation");
        foreach (var p in run.Pairs)
        {
            pairs.AddRow(Markup.Escape(Last(p.Client)), Markup.Escape(Last(p.Unit)), Markup.Escape(p.Unit.Split('/')[1]), p.Neighbourhood, N(p.Scores.DaysPastReadiness),
                Markup.Escape(dutch ? p.ExplanationNl : p.ExplanationEn));
        }
        AnsiConsole.Write(pairs);

        var unmatched = new Table().Title(dutch ? "Unmatched clients (niet gekoppeld)" : "Unmatched clients").AddColumn("Client").AddColumn("Reasons");
        foreach (var u in run.Unmatched)
        {
            unmatched.AddRow(Markup.Escape(Last(u.Client)), Markup.Escape(dutch ? u.ExplanationNl : u.ExplanationEn));
        }
        AnsiConsole.Write(unmatched);
        foreach (var c in run.Conflicts)
        {
            AnsiConsole.MarkupLine(Markup.Escape($"Conflict ({c.Kind}): {c.Detail}"));
        }
    }

    /// <summary>Writes the full run as proto JSON (the same message the API returns).</summary>
    public static async Task WriteJsonAsync(V1.MatchRun run, string path, CancellationToken cancellationToken)
    {
        var formatter = new JsonFormatter(JsonFormatter.Settings.Default.WithIndentation());
        await File.WriteAllTextAsync(path, formatter.Format(run), cancellationToken);
    }

    public static string Status(V1.MatchStatus status) => MatchingMapping.Snake(status);

    private static string Goal(V1.MatchGoal goal) => MatchingMapping.Snake(goal);

    private static string Last(string name) => name[(name.LastIndexOf('/') + 1)..];

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
