using System.CommandLine;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Application.Proposals;
using BeschermdThuis.Matching.Cli.Proposals;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Proposals;

namespace BeschermdThuis.Matching.Cli.Commands;

/// <summary>
/// The moves of one proposal (<c>proposals propose|accept|offer|withdraw|decline|support|sign ID</c>) and the desk's
/// override of an excluded pair. Each prints the move in one line (or the proposal as JSON); a move the lifecycle does not
/// allow prints the current state and the allowed next moves and exits with 1.
/// </summary>
internal static class ProposalMoveCommands
{
    public static IEnumerable<Command> Create() =>
    [
        Simple("propose", ProposalAction.Propose, "Send a draft to the unit's corporation (the client's desk)."),
        Simple("accept", ProposalAction.Accept,
            "Yes: the corporation's while the proposal is with the corporation, the client's (recorded by the desk) once it is offered to the client."),
        Simple("offer", ProposalAction.Offer, "Offer the unit, which the corporation accepted, to the client (the client's desk)."),
        Simple("withdraw", ProposalAction.Withdraw, "Take the proposal back (the client's desk)."),
        Decline(), Support(), Sign(), Override(),
    ];

    private static Command Simple(string name, ProposalAction action, string description)
    {
        var (options, id, etag) = Common();
        return options.Command(name, description, (local, parse, ct) => MoveAsync(local, parse, options, id, action,
            party => local.Service.ActAsync(party, local.RegionId, Id(parse.GetValue(id)!), action, parse.GetValue(etag), ct), ct), id, etag);
    }

    private static Command Decline()
    {
        var (options, id, etag) = Common();
        var reason = new Option<string>("--reason") { Description = "The reason's code (see: proposals reasons).", Required = true };
        var text = new Option<string?>("--text") { Description = "Free text with the reason (the client's own words are seen by the desk only)." };
        return options.Command("decline", "No, with a configured reason: the corporation's, or the client's once the unit is offered to the client.",
            (local, parse, ct) => MoveAsync(local, parse, options, id, ProposalAction.Decline, party => local.Service.DeclineAsync(
                party, local.RegionId, Id(parse.GetValue(id)!), parse.GetValue(reason)!, parse.GetValue(text), parse.GetValue(etag), ct), ct),
            id, etag, reason, text);
    }

    private static Command Support()
    {
        var (options, id, etag) = Common();
        var team = new Option<string>("--team") { Description = "The care team that will support the client at the unit (its id).", Required = true };
        var from = new Option<DateOnly>("--from") { Description = "The day support starts (yyyy-MM-dd).", Required = true };
        return options.Command("support", "Record that a care team covering the unit confirmed support (the client's desk).",
            async (local, parse, ct) =>
            {
                var proposalId = Id(parse.GetValue(id)!);
                var current = await ReadAsync(local, proposalId, ct);
                var party = options.Party(parse) is { } given ? ActingParty.Parse(given) : ActingParty.Desk(current);
                var moved = await local.Service.ConfirmSupportAsync(party, local.RegionId, proposalId, parse.GetValue(team)!, parse.GetValue(from),
                    parse.GetValue(etag), ct);
                return await ReportAsync(moved, current.State, party, parse.GetValue(options.Json), ct);
            }, id, etag, team, from);
    }

    private static Command Sign()
    {
        var (options, id, etag) = Common();
        var moveDate = new Option<DateOnly>("--move-date") { Description = "The day the client moves in (yyyy-MM-dd); support must have started by then.", Required = true };
        return options.Command("sign", "Record the signed tenancy (the unit's corporation); needs confirmed support.",
            (local, parse, ct) => MoveAsync(local, parse, options, id, ProposalAction.Sign, party => local.Service.SignAsync(
                party, local.RegionId, Id(parse.GetValue(id)!), parse.GetValue(moveDate), parse.GetValue(etag), ct), ct),
            id, etag, moveDate);
    }

    private static Command Override()
    {
        var options = ProposalCommandOptions.Create("Override as this desk: desk:<municipality code> (default: the desk of the client's municipality).");
        var client = new Option<string>("--client") { Description = "The client (municipalities/GM0268/clients/c-0001).", Required = true };
        var unit = new Option<string>("--unit") { Description = "The unit (corporations/talis/units/u-00001).", Required = true };
        var justification = new Option<string>("--justification") { Description = "Why the pair may be proposed again (stored and audited).", Required = true };
        return options.Command("override", "Let a declined (excluded) pair take part in matches again, with a written justification.",
            async (local, parse, ct) =>
            {
                var (municipality, reference) = ShortNames.ParseClient(parse.GetValue(client)!, "--client");
                var (corporationId, unitId) = ShortNames.ParseUnit(parse.GetValue(unit)!, "--unit");
                var party = options.Party(parse) is { } given ? ActingParty.Parse(given) : new Party(PartyKind.MunicipalDesk, municipality.Value);
                var done = await local.Service.OverrideExclusionAsync(party, local.RegionId, municipality, reference, corporationId, unitId,
                    parse.GetValue(justification)!, ct);
                Console.WriteLine($"{ResourceNames.Client(done.Municipality, done.Client)} and {ResourceNames.Unit(done.CorporationId, done.UnitId)} " +
                    $"take part in matches again (override by {done.DecidedBy} at {done.At:yyyy-MM-dd HH:mm} UTC)");
                return 0;
            }, client, unit, justification);
    }

    private static (ProposalCommandOptions Options, Argument<string> Id, Option<string?> ETag) Common() => (
        ProposalCommandOptions.Create(ActingParty.OptionDescription),
        new Argument<string>("id") { Description = "The proposal's id (prop-…) or name (regions/…/proposals/prop-…)." },
        new Option<string?>("--etag") { Description = "Only if the proposal is still at this version (its etag, as listed with --json)." });

    private static async Task<int> MoveAsync(
        LocalProposals local, ParseResult parse, ProposalCommandOptions options, Argument<string> id, ProposalAction action,
        Func<Party, Task<ProposalView>> move, CancellationToken ct)
    {
        var current = await ReadAsync(local, Id(parse.GetValue(id)!), ct);
        var party = ActingParty.For(options.Party(parse), current, action);
        return await ReportAsync(await move(party), current.State, party, parse.GetValue(options.Json), ct);
    }

    private static async Task<Proposal> ReadAsync(LocalProposals local, string proposalId, CancellationToken ct) =>
        (await local.Database.Proposals.GetProposalAsync(local.RegionId, proposalId, ct))?.Value
        ?? throw new NotFoundException(ResourceNames.Proposal(local.RegionId, proposalId));

    private static async Task<int> ReportAsync(ProposalView moved, ProposalState before, Party party, string? json, CancellationToken ct)
    {
        if (json is not null)
        {
            await ProposalOutput.WriteAsync(ProposalOutput.ToJson(moved), json, ct);
        }
        else
        {
            ProposalOutput.Moved(moved, before, party.ToString());
        }
        return 0;
    }

    /// <summary>The id from an id or a full name (regions/…/proposals/ID).</summary>
    public static string Id(string value)
    {
        const string Marker = "/proposals/";
        var at = value.LastIndexOf(Marker, StringComparison.Ordinal);
        return at >= 0 ? value[(at + Marker.Length)..] : value;
    }
}
