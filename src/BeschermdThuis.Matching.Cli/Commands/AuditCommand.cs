using System.CommandLine;
using BeschermdThuis.Matching.Cli.Proposals;
using BeschermdThuis.Matching.Domain.Audit;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Repositories;
using Spectre.Console;

namespace BeschermdThuis.Matching.Cli.Commands;

/// <summary>
/// <c>audit</c> (issue 11, item 9): the audit trail of one proposal, client or unit, oldest first, read as a party that
/// may see it: by default the client's desk (for a client or a proposal) or the unit's corporation (for a unit), or
/// the party named with <c>--as</c>, with exactly its rights. The trail is read only; nothing here changes it.
/// </summary>
internal static class AuditCommand
{
    private const int PageSize = 200;

    public static Command Create()
    {
        var options = ProposalCommandOptions.Create("Read as this party: desk:<municipality code> or corporation:<corporation id> (default: the subject's own desk or corporation).");
        var proposal = new Option<string?>("--proposal") { Description = "A proposal id." };
        var client = new Option<string?>("--client") { Description = "A client: GM0268/c-0001 or its resource name." };
        var unit = new Option<string?>("--unit") { Description = "A unit: talis/u-00001 or its resource name." };
        return options.Command("audit", "The audit trail of a proposal, a client or a unit, oldest first.", async (local, parse, ct) =>
        {
            var given = options.Party(parse) is { } text ? ActingParty.Parse(text) : null;
            var read = (parse.GetValue(proposal), parse.GetValue(client), parse.GetValue(unit)) switch
            {
                ({ } id, null, null) => await ForProposalAsync(local, given, id, ct),
                (null, { } name, null) => ForClient(local, given, name),
                (null, null, { } name) => ForUnit(local, given, name),
                _ => throw new CommandFailedException("give exactly one of --proposal, --client or --unit", 2),
            };
            var entries = await Pages.ReadAllAsync(PageSize, page => read(page, ct));
            if (parse.GetValue(options.Json) is { } target)
            {
                await ProposalOutput.WriteAsync(entries, target, ct);
                return 0;
            }
            Render(entries);
            return 0;
        }, proposal, client, unit);
    }

    private static async Task<Func<PageRequest, CancellationToken, Task<Page<AuditEntry>>>> ForProposalAsync(
        LocalProposals local, Party? given, string id, CancellationToken ct)
    {
        var party = given;
        if (party is null)
        {
            var stored = await local.Database.Proposals.GetProposalAsync(local.RegionId, id, ct)
                ?? throw new CommandFailedException($"proposal {id} does not exist in region {local.RegionId}", 1);
            party = new Party(PartyKind.MunicipalDesk, stored.Value.Municipality.Value);
        }
        return (page, token) => local.Audit.ListForProposalAsync(party, local.RegionId, id, page, token);
    }

    private static Func<PageRequest, CancellationToken, Task<Page<AuditEntry>>> ForClient(LocalProposals local, Party? given, string name)
    {
        var (municipality, reference) = ShortNames.ParseClient(name, "--client");
        var party = given ?? new Party(PartyKind.MunicipalDesk, municipality.Value);
        return (page, token) => local.Audit.ListForClientAsync(party, local.RegionId, municipality, reference, page, token);
    }

    private static Func<PageRequest, CancellationToken, Task<Page<AuditEntry>>> ForUnit(LocalProposals local, Party? given, string name)
    {
        var (corporationId, unitId) = ShortNames.ParseUnit(name, "--unit");
        var party = given ?? new Party(PartyKind.HousingCorporation, corporationId);
        return (page, token) => local.Audit.ListForUnitAsync(party, local.RegionId, corporationId, unitId, page, token);
    }


    private static void Render(IReadOnlyList<AuditEntry> entries)
    {
        ProposalOutput.Widen();
        AnsiConsole.MarkupLine(Markup.Escape($"{entries.Count} audit entries, oldest first."));
        var table = new Table().AddColumn(new TableColumn("#").RightAligned()).AddColumn("When (UTC)").AddColumn("Who").AddColumn("Subject")
            .AddColumn("Action").AddColumn("From → to").AddColumn("Reason");
        foreach (var e in entries)
        {
            var states = e.OldState is null && e.NewState is null ? "" : $"{e.OldState ?? "-"} → {e.NewState ?? "-"}";
            table.AddRow($"{e.Sequence}", $"{e.At.UtcDateTime:yyyy-MM-dd HH:mm:ss}", Markup.Escape(e.Actor),
                Markup.Escape($"{e.SubjectKind} {e.SubjectId}"), Markup.Escape(e.Action), Markup.Escape(states), Markup.Escape(e.Reason ?? ""));
        }
        AnsiConsole.Write(table);
    }
}
