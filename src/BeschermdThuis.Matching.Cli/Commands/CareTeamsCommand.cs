using System.CommandLine;
using System.Globalization;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Cli.Proposals;
using BeschermdThuis.Matching.Cli.Region;
using BeschermdThuis.Matching.Domain.Care;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Repositories;
using Spectre.Console;

namespace BeschermdThuis.Matching.Cli.Commands;

/// <summary>
/// <c>care-teams list|create|update</c>: the region's care teams, kept by the administrator (in-process on the database
/// file, as <see cref="LocalRegion.Administrator"/>). Principle 6: a unit no care team covers is never matched, so a
/// region without the demo needs at least one team before a match gives pairs.
/// </summary>
internal static class CareTeamsCommand
{
    private const int PageSize = 500;

    public static Command Create() =>
        new("care-teams", "The region's care teams: list, create, update (administrator).") { List(), CreateOne(), Update() };

    private static Command List()
    {
        var options = AdminCommandOptions.Create();
        return options.Command("list", "List the region's care teams.", async (local, parse, ct) =>
        {
            var all = await Pages.ReadAllAsync(PageSize, page => local.CareTeams.ListCareTeamsAsync(local.RegionId, page, ct));
            var table = new Table().Title($"Care teams in {Markup.Escape(local.RegionId)}: {all.Count}")
                .AddColumn("Id").AddColumn("Provider").AddColumn("Service area").AddColumn("Base").AddColumn("In care / caseload").AddColumn("Etag");
            foreach (var t in all)
            {
                table.AddRow(Markup.Escape(t.Value.Id), Markup.Escape(t.Value.Provider), Markup.Escape(Area(t.Value.ServiceArea)),
                    Base(t.Value.Base), $"{t.Value.CurrentCaseload} / {t.Value.CaseloadCapacity}", ETags.Of(t.Version));
            }
            AnsiConsole.Write(table);
            return 0;
        });
    }

    private static Command CreateOne()
    {
        var options = AdminCommandOptions.Create();
        var o = new TeamOptions(required: true);
        var id = new Argument<string>("id") { Description = "The care team id ([a-z][a-z0-9-]{0,62}), e.g. fact-nijmegen-oost." };
        return options.Command("create", "Register a care team: who it is, where it works and how many clients it can support.", async (local, parse, ct) =>
        {
            var region = await local.Catalog.GetAsync(local.RegionId, ct);
            var created = await local.CareTeams.CreateCareTeamAsync(LocalRegion.Administrator, local.RegionId, () => new CareTeam(
                ResourceNames.ParseId(parse.GetValue(id)!, "id"),
                parse.GetValue(o.Provider)!,
                CareTeamArguments.ServiceArea(region, parse.GetValue(o.Municipalities) ?? [], parse.GetValue(o.Neighbourhoods) ?? []),
                CareTeamArguments.Base(parse.GetValue(o.Base)!),
                parse.GetValue(o.Caseload)!.Value,
                parse.GetValue(o.InCare) ?? 0), ct);
            Print("created", local.RegionId, created);
            return 0;
        }, [id, .. o.All]);
    }

    private static Command Update()
    {
        var options = AdminCommandOptions.Create();
        var o = new TeamOptions(required: false);
        var id = new Argument<string>("id") { Description = "The care team id." };
        var etag = new Option<string?>("--etag") { Description = "Change only the version with this etag (as listed); otherwise the latest." };
        return options.Command("update", "Change a care team (only the options given; --municipality/--neighbourhood replace the service area).", async (local, parse, ct) =>
        {
            var municipalities = parse.GetValue(o.Municipalities) ?? [];
            var neighbourhoods = parse.GetValue(o.Neighbourhoods) ?? [];
            var area = municipalities.Length + neighbourhoods.Length > 0
                ? CareTeamArguments.ServiceArea(await local.Catalog.GetAsync(local.RegionId, ct), municipalities, neighbourhoods)
                : null;
            var provider = parse.GetValue(o.Provider);
            var location = parse.GetValue(o.Base) is { } text ? CareTeamArguments.Base(text) : (GeoPoint?)null;
            var caseload = parse.GetValue(o.Caseload);
            var inCare = parse.GetValue(o.InCare);
            if (provider is null && area is null && location is null && caseload is null && inCare is null)
            {
                throw new CommandFailedException("give at least one of --provider, --municipality, --neighbourhood, --base, --caseload, --in-care", 2);
            }
            var updated = await local.CareTeams.UpdateCareTeamAsync(LocalRegion.Administrator, local.RegionId, parse.GetValue(id)!, parse.GetValue(etag),
                current => new CareTeam(current.Id, provider ?? current.Provider, area ?? current.ServiceArea, location ?? current.Base,
                    caseload ?? current.CaseloadCapacity, inCare ?? current.CurrentCaseload), ct);
            Print("updated", local.RegionId, updated);
            return 0;
        }, [id, .. o.All, etag]);
    }

    private static string Area(ServiceArea area) =>
        string.Join(" ", area.Municipalities.Select(m => m.Value).Concat(area.Area is null ? [] : ["+ drawn area"]));

    private static string Base(GeoPoint point) =>
        string.Create(CultureInfo.InvariantCulture, $"{point.Latitude:0.######},{point.Longitude:0.######}");

    private static void Print(string what, string regionId, Versioned<CareTeam> team) =>
        Console.WriteLine($"{what} {ResourceNames.CareTeam(regionId, team.Value.Id)}: {team.Value.Provider} [{Area(team.Value.ServiceArea)}]"
            + $" base {Base(team.Value.Base)}, {team.Value.CurrentCaseload} of {team.Value.CaseloadCapacity} in care, etag {ETags.Of(team.Version)}");

    /// <summary>The options create and update share; on create the provider, base and caseload are required.</summary>
    private sealed class TeamOptions(bool required)
    {
        public Option<string?> Provider { get; } = new("--provider", "--name") { Description = "The care provider (zorgaanbieder) the team belongs to.", Required = required };

        public Option<string[]> Municipalities { get; } = new("--municipality")
        {
            Description = "A municipality the team works in (CBS code, e.g. GM0268); repeat for more.",
            AllowMultipleArgumentsPerToken = true,
        };

        public Option<string[]> Neighbourhoods { get; } = new("--neighbourhood")
        {
            Description = "A neighbourhood the team works in (CBS code, e.g. BU02680101); repeat for more.",
            AllowMultipleArgumentsPerToken = true,
        };

        public Option<string?> Base { get; } = new("--base") { Description = "Where the team is based: LAT,LON (51.8245,5.8606 or \"51,8245 5,8606\").", Required = required };

        public Option<int?> Caseload { get; } = new("--caseload") { Description = "How many clients the team can support in all.", Required = required };

        public Option<int?> InCare { get; } = new("--in-care") { Description = "How many it supports now (default 0 on create)." };

        public Symbol[] All => [Provider, Municipalities, Neighbourhoods, Base, Caseload, InCare];
    }
}
