using System.CommandLine;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Application.Matching;
using BeschermdThuis.Matching.Application.Proposals;
using BeschermdThuis.Matching.Cli.Proposals;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Domain.Repositories;
using Spectre.Console;

namespace BeschermdThuis.Matching.Cli.Commands;

/// <summary>
/// <c>proposals</c>: carries matched pairs from a stored match run to a signed tenancy, on the database file in-process
/// (like <c>match</c>). <c>list</c>, <c>create</c> and <c>reasons</c> are here; the moves of a proposal in
/// <see cref="ProposalMoveCommands"/>. Who acts: see <see cref="ActingParty"/>.
/// </summary>
internal static class ProposalsCommand
{
    private const int PageSize = 200;

    public static Command Create()
    {
        var command = new Command("proposals", "Proposals from a match run to a signed tenancy: list, create, answer.")
        {
            List(), CreateDrafts(), Reasons(),
        };
        foreach (var move in ProposalMoveCommands.Create())
        {
            command.Subcommands.Add(move);
        }
        return command;
    }

    private static Command List()
    {
        var options = ProposalCommandOptions.Create("List as this party: desk:<municipality code> or corporation:<corporation id> (default: all proposals).");
        var state = new Option<ProposalState?>("--state") { Description = "Only proposals in this state (e.g. ProposedToCorporation)." };
        var client = new Option<string?>("--client") { Description = "Only this client's (municipalities/GM0268/clients/c-0001)." };
        var unit = new Option<string?>("--unit") { Description = "Only this unit's (corporations/talis/units/u-00001)." };
        return options.Command("list", "List proposals, newest first.", async (local, parse, ct) =>
        {
            var filter = new ProposalFilter(State: parse.GetValue(state));
            if (parse.GetValue(client) is { } clientName)
            {
                var (municipality, reference) = ShortNames.ParseClient(clientName, "--client");
                filter = filter with { Municipality = municipality, Client = reference };
            }
            if (parse.GetValue(unit) is { } unitName)
            {
                var (corporationId, unitId) = ShortNames.ParseUnit(unitName, "--unit");
                filter = filter with { CorporationId = corporationId, UnitId = unitId };
            }
            var found = await ListAsync(local, options.Party(parse) is { } given ? ActingParty.Parse(given) : null, filter, ct);
            return await OutputAsync(found, $"Proposals in {local.RegionId}: {found.Count}", parse.GetValue(options.Json), ct);
        }, state, client, unit);
    }

    private static Command CreateDrafts()
    {
        var options = ProposalCommandOptions.Create("Create as this desk: desk:<municipality code> (default: the desk of the client's municipality).");
        var run = new Option<string>("--run") { Description = "The match run: its id, its name (regions/…/matchRuns/…) or latest.", Required = true };
        var client = new Option<string?>("--client") { Description = "The client whose pair to propose (municipalities/GM0268/clients/c-0001)." };
        var all = new Option<bool>("--all") { Description = "A draft for every pair of the run (except pairs that already have an open proposal)." };
        return options.Command("create", "Create draft proposals from the pairs of a stored match run.", async (local, parse, ct) =>
        {
            var runId = await RunIdAsync(local, parse.GetValue(run)!, ct);
            var given = options.Party(parse);
            IReadOnlyList<string> clients = (parse.GetValue(client), parse.GetValue(all)) switch
            {
                ({ } one, false) => [one],
                (null, true) => await OpenPairsFreeAsync(local, runId, ct),
                _ => throw new CommandFailedException("give either --client or --all", 2),
            };
            var created = new List<ProposalView>();
            var refused = 0;
            foreach (var clientName in clients)
            {
                var (municipality, reference) = ShortNames.ParseClient(clientName, "--client");
                var party = given is not null ? ActingParty.Parse(given) : new Party(PartyKind.MunicipalDesk, municipality.Value);
                try
                {
                    created.Add(await local.Service.CreateProposalAsync(party, local.RegionId, runId, municipality, reference, ct));
                }
                catch (FailedPreconditionException e) when (clients.Count > 1)
                {
                    Console.Error.WriteLine($"{clientName}: {e.Message}");
                    refused++;
                }
            }
            var code = await OutputAsync(created, $"Drafts from {runId}: {created.Count}", parse.GetValue(options.Json), ct);
            return refused > 0 ? 1 : code;
        }, run, client, all);
    }

    private static Command Reasons()
    {
        var options = ProposalCommandOptions.Create(null);
        return options.Command("reasons", "The configured decline reasons per side (config/proposal-policy.json).", async (local, parse, ct) =>
        {
            var sides = new[] { DeclineSide.Corporation, DeclineSide.Client };
            if (parse.GetValue(options.Json) is { } target)
            {
                await ProposalOutput.WriteAsync(sides.ToDictionary(s => s, s => local.Policy.DeclineReasons(s)), target, ct);
                return 0;
            }
            ProposalOutput.Widen();
            var table = new Table().Title("Decline reasons (proposals decline ID --reason CODE)").AddColumn("Side").AddColumn("Code").AddColumn("Label");
            foreach (var side in sides)
            {
                foreach (var reason in local.Policy.DeclineReasons(side))
                {
                    table.AddRow(side.ToString().ToLowerInvariant(), Markup.Escape(reason.Code), Markup.Escape(reason.Label));
                }
            }
            AnsiConsole.Write(table);
            return 0;
        });
    }

    /// <summary>
    /// The proposals <paramref name="party"/> may list, or (null) all of them: the local command line lists as each desk of
    /// the region in turn, so overdue proposals are expired on the way as on any read.
    /// </summary>
    public static async Task<IReadOnlyList<ProposalView>> ListAsync(LocalProposals local, Party? party, ProposalFilter filter, CancellationToken ct)
    {
        var region = await local.Database.Regions.GetRegionAsync(local.RegionId, ct) ?? throw new NotFoundException(ResourceNames.Region(local.RegionId));
        IEnumerable<Party> parties = party is not null ? [party]
            : region.Municipalities.Where(m => filter.Municipality is null || m.Code == filter.Municipality).Select(m => new Party(PartyKind.MunicipalDesk, m.Code.Value));
        var found = new List<ProposalView>();
        foreach (var asking in parties)
        {
            found.AddRange(await Pages.ReadAllAsync(PageSize, page => local.Service.ListProposalsAsync(asking, local.RegionId, filter, page, ct)));
        }
        return [.. found.OrderByDescending(v => v.Proposal.Id, StringComparer.Ordinal)];
    }

    public static async Task<string> RunIdAsync(LocalProposals local, string run, CancellationToken ct)
    {
        if (run == "latest")
        {
            var newest = await local.Database.MatchRuns.ListMatchRunsAsync(local.RegionId, new PageRequest(1, null), ct);
            return newest.Items.Count > 0 ? newest.Items[0].Id : throw new CommandFailedException($"{ResourceNames.Region(local.RegionId)} has no match run yet; run: beschermdthuis match", 1);
        }
        return run.StartsWith("regions/", StringComparison.Ordinal) ? ResourceNames.ParseMatchRun(run, "--run").RunId : run;
    }

    private static async Task<int> OutputAsync(IReadOnlyList<ProposalView> proposals, string title, string? json, CancellationToken ct)
    {
        if (json is not null)
        {
            await ProposalOutput.WriteAsync(proposals.Select(ProposalOutput.ToJson).ToList(), json, ct);
        }
        else
        {
            ProposalOutput.Table(proposals, title);
        }
        return 0;
    }

    // The run's clients whose pair has no open proposal yet, so running create --all twice makes no second draft.
    private static async Task<IReadOnlyList<string>> OpenPairsFreeAsync(LocalProposals local, string runId, CancellationToken ct)
    {
        var record = await local.Database.MatchRuns.GetMatchRunAsync(local.RegionId, runId, ct)
            ?? throw new NotFoundException(ResourceNames.MatchRun(local.RegionId, runId));
        var open = (await local.Database.Proposals.ListProposalsInStatesAsync(local.RegionId, ProposalStates.Open, ct))
            .Select(p => (ResourceNames.Client(p.Municipality, p.Client), ResourceNames.Unit(p.CorporationId, p.UnitId)))
            .ToHashSet();
        return [.. StoredMatchRun.From(record).Result.Pairs.Where(p => !open.Contains((p.Client, p.Unit))).Select(p => p.Client)];
    }
}
