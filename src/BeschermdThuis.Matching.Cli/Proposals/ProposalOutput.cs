using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Application.Proposals;
using BeschermdThuis.Matching.Domain.Proposals;
using Spectre.Console;

namespace BeschermdThuis.Matching.Cli.Proposals;

/// <summary>
/// Prints proposals as a table, or writes them as JSON with <c>--json FILE</c> (<c>-</c>: standard output). A corporation's
/// view (<c>--as corporation:…</c>) leaves out the client and the client's own words, as the API does.
/// </summary>
internal static class ProposalOutput
{
    private const int RedirectedWidth = 160;

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // States by the names the tables and --state use (ProposedToCorporation).
        Converters = { new JsonStringEnumConverter() },
    };

    public static void Table(IReadOnlyList<ProposalView> proposals, string title)
    {
        if (proposals.Count == 0)
        {
            Console.WriteLine($"{title}: none");
            return;
        }
        Widen();
        var table = new Table().Title(Markup.Escape(title)).AddColumn(new TableColumn("Proposal").NoWrap()).AddColumn(new TableColumn("State").NoWrap())
            .AddColumn(new TableColumn("Client").NoWrap()).AddColumn(new TableColumn("Unit").NoWrap()).AddColumn(new TableColumn("Respond by").NoWrap())
            .AddColumn("Note");
        foreach (var view in proposals)
        {
            var p = view.Proposal;
            var client = view.Audience == ProposalActor.Desk ? ShortNames.Client(p.Municipality, p.Client) : "-";
            table.AddRow(p.Id, p.State.ToString(), Markup.Escape(client), Markup.Escape(ShortNames.Unit(p.CorporationId, p.UnitId)),
                p.RespondBy is { } by ? by.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "-", Markup.Escape(Note(view)));
        }
        AnsiConsole.Write(table);
    }

    /// <summary>One line for a move: the proposal's new state, who moved it, and the etag to pass on.</summary>
    public static void Moved(ProposalView view, ProposalState before, string actor) =>
        Console.WriteLine($"{view.Proposal.Id}: {before} -> {view.Proposal.State} (by {actor}){Suffix(Note(view))}");

    public static async Task WriteAsync<T>(T value, string target, CancellationToken cancellationToken)
    {
        var text = JsonSerializer.Serialize(value, Json);
        if (target == "-")
        {
            Console.WriteLine(text);
            return;
        }
        await File.WriteAllTextAsync(target, text, cancellationToken);
        Console.Error.WriteLine($"Written to {target}");
    }

    public static ProposalJson ToJson(ProposalView view)
    {
        var p = view.Proposal;
        return new ProposalJson(view.Name, p.Id, p.State, ClientOf(view), ResourceNames.Unit(p.CorporationId, p.UnitId), p.Neighbourhood.Value,
            ResourceNames.MatchRun(p.RegionId, p.RunId), p.CreatedAt, p.UpdatedAt, p.RespondBy,
            p.Support is { } s ? new SupportJson(ResourceNames.CareTeam(p.RegionId, s.CareTeamId), s.StartsOn) : null,
            p.MoveDate,
            p.Decision is { } d ? new DecisionJson(d.Side, d.Reason.Code, d.Reason.Label, TextOf(view, d), d.At) : null,
            view.ETag);
    }

    public static string Note(ProposalView view)
    {
        var p = view.Proposal;
        if (p.Decision is { } d)
        {
            return $"{d.Side.ToString().ToLowerInvariant()}: {d.Reason.Code} ({d.Reason.Label}){(TextOf(view, d) is { } text ? $": {text}" : "")}";
        }
        var parts = new List<string>();
        if (p.Support is { } s)
        {
            parts.Add($"support {s.CareTeamId} from {s.StartsOn:yyyy-MM-dd}");
        }
        if (p.MoveDate is { } move)
        {
            parts.Add($"moving in {move:yyyy-MM-dd}");
        }
        return string.Join(", ", parts);
    }

    public static void Widen()
    {
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = RedirectedWidth;
        }
    }

    private static string Suffix(string note) => note.Length == 0 ? "" : $"; {note}";

    private static string? ClientOf(ProposalView view) =>
        view.Audience == ProposalActor.Desk ? ResourceNames.Client(view.Proposal.Municipality, view.Proposal.Client) : null;

    // The client's own words are for the client's desk only.
    private static string? TextOf(ProposalView view, Decision decision) =>
        decision.Side == DeclineSide.Client && view.Audience != ProposalActor.Desk ? null : decision.Text;
}

internal sealed record ProposalJson(
    string Name, string Id, ProposalState State, string? Client, string Unit, string Neighbourhood, string MatchRun,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? RespondBy, SupportJson? Support, DateOnly? MoveDate, DecisionJson? Decision,
    string Etag);

internal sealed record SupportJson(string CareTeam, DateOnly StartsOn);

internal sealed record DecisionJson(DeclineSide Side, string ReasonCode, string ReasonLabel, string? Text, DateTimeOffset At);
