using System.CommandLine;
using BeschermdThuis.Matching.Application.Matching;
using BeschermdThuis.Matching.Cli.Matching;
using BeschermdThuis.Matching.Cli.Proposals;
using Spectre.Console;

namespace BeschermdThuis.Matching.Cli.Commands;

/// <summary>
/// <c>changes</c> (issue 11, item 5): what a re-match changed against an earlier run, by default the run just before it:
/// every pair kept (pinned by its open proposal, or chosen again), new, or released with the reason (declined with its
/// code, matched elsewhere, not matched). The local command line sees every pair.
/// </summary>
internal static class ChangesCommand
{
    public static Command Create()
    {
        var options = ProposalCommandOptions.Create(null);
        var run = new Argument<string>("run") { Description = "The later match run: its id, its name, or latest.", DefaultValueFactory = _ => "latest" };
        var previous = new Option<string?>("--previous") { Description = "The earlier run (default: the run stored just before it)." };
        return options.Command("changes", "What a re-match changed against the run before it: pairs kept, new and released, with reasons.",
            async (local, parse, ct) =>
            {
                var runId = await ProposalsCommand.RunIdAsync(local, parse.GetValue(run)!, ct);
                var previousId = parse.GetValue(previous) is { } given ? await ProposalsCommand.RunIdAsync(local, given, ct) : null;
                var changes = await LocalMatching.CompareAsync(local.Database, local.RegionId, runId, previousId, ct);
                if (parse.GetValue(options.Json) is { } target)
                {
                    await ProposalOutput.WriteAsync(changes, target, ct);
                    return 0;
                }
                Render(changes);
                return 0;
            }, run, previous);
    }

    private static void Render(RunChanges changes)
    {
        ProposalOutput.Widen();
        var count = (PairChange change) => changes.Lines.Count(l => l.Change == change);
        AnsiConsole.MarkupLine(Markup.Escape(
            $"Match run {changes.RunId} against {changes.PreviousRunId}: {count(PairChange.Kept)} kept, {count(PairChange.New)} new, "
            + $"{count(PairChange.Released)} released."));
        var table = new Table().AddColumn("Change").AddColumn("Client").AddColumn("Unit").AddColumn("Reason");
        foreach (var line in changes.Lines)
        {
            table.AddRow(line.Change.ToString(), Markup.Escape(Short(line.Client, "municipalities/", "/clients/")),
                Markup.Escape(Short(line.Unit, "corporations/", "/units/")), Markup.Escape(line.Reason));
        }
        AnsiConsole.Write(table);
    }

    private static string Short(string name, string collection, string child) =>
        name.StartsWith(collection, StringComparison.Ordinal) ? name[collection.Length..].Replace(child, "/", StringComparison.Ordinal) : name;
}
