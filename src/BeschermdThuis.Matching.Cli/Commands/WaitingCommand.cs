using System.CommandLine;
using BeschermdThuis.Matching.Application.Matching;
using BeschermdThuis.Matching.Application.Proposals;
using BeschermdThuis.Matching.Cli.Proposals;
using BeschermdThuis.Matching.Domain.Proposals;
using Spectre.Console;

namespace BeschermdThuis.Matching.Cli.Commands;

/// <summary>
/// <c>waiting</c> (principle 3, nobody leaves into homelessness): the clients past their readiness date without an accepted
/// proposal, most days waiting first, with their open proposal and the reason from the latest match run
/// (<see cref="WaitingReport"/>). All clients by default (the local command line holds the whole file); one desk's with <c>--as desk:GM0268</c>.
/// </summary>
internal static class WaitingCommand
{
    private const int ReasonLines = 3;

    public static Command Create()
    {
        var options = ProposalCommandOptions.Create("List as this desk: desk:<municipality code> (default: the clients of every municipality).");
        var asOf = new Option<DateOnly?>("--as-of") { Description = "The day to count from (yyyy-MM-dd; default today)." };
        var language = MatchCommand.LanguageOption();
        return options.Command("waiting", "Clients past their readiness date without an accepted proposal, longest waiting first.", async (local, parse, ct) =>
        {
            var report = options.Party(parse) is { } given
                ? await local.Waiting.ListAsync(ActingParty.Parse(given), local.RegionId, parse.GetValue(asOf), ct)
                : await local.Waiting.ListAsync(MatchRunAudience.Full, local.RegionId, parse.GetValue(asOf), ct);
            var dutch = parse.GetValue(language) == "nl";
            if (parse.GetValue(options.Json) is { } target)
            {
                await ProposalOutput.WriteAsync(ToJson(report, dutch), target, ct);
                return 0;
            }
            Render(report, dutch);
            return 0;
        }, asOf, language);
    }

    private static void Render(WaitingList report, bool dutch)
    {
        ProposalOutput.Widen();
        var source = report.LatestRun is { } run ? $"reasons from match run {run.Id} ({run.CreatedAt:yyyy-MM-dd})" : "no match run yet";
        AnsiConsole.MarkupLine(Markup.Escape(
            $"{report.Clients.Count} clients past their readiness date without an accepted proposal on {report.AsOf:yyyy-MM-dd}; {source}"));
        var table = new Table().AddColumn("Client").AddColumn("Ready since").AddColumn(new TableColumn("Days waiting").RightAligned())
            .AddColumn("Proposal").AddColumn("Reason (latest match)");
        foreach (var line in report.Clients)
        {
            var proposal = line.ProposalState is { } state ? $"{state} {line.ProposalId}" : "-";
            var reason = string.Join("\n", report.Reason(line, dutch).Split('\n').Take(ReasonLines));
            table.AddRow(Markup.Escape(ShortNames.Client(line.Municipality, line.Client)), $"{line.ReadinessDate:yyyy-MM-dd}", $"{line.DaysPastReadiness}", Markup.Escape(proposal), Markup.Escape(reason));
        }
        AnsiConsole.Write(table);
    }

    private static WaitingJson ToJson(WaitingList report, bool dutch) => new(
        report.AsOf,
        report.LatestRun?.Id,
        [.. report.Clients.Select(l => new WaitingClientJson(l.Name, l.ReadinessDate, l.DaysPastReadiness, l.ProposalState, l.ProposalId,
            l.Explanation is not null, report.Reason(l, dutch)))]);

    private sealed record WaitingJson(DateOnly AsOf, string? LatestMatchRun, IReadOnlyList<WaitingClientJson> Clients);

    private sealed record WaitingClientJson(
        string Client, DateOnly ReadinessDate, int DaysPastReadiness, ProposalState? ProposalState, string? Proposal, bool InLatestMatchRun, string Reason);
}
