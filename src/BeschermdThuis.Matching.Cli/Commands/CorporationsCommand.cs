using System.CommandLine;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Cli.Proposals;
using BeschermdThuis.Matching.Cli.Region;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Domain.Stock;
using Spectre.Console;

namespace BeschermdThuis.Matching.Cli.Commands;

/// <summary>
/// <c>corporations list|create|update</c>: the region's housing corporations, kept by the administrator (in-process on
/// the database file, audited as <see cref="LocalRegion.Administrator"/>). A corporation must exist before its units
/// are created and before its token is accepted by the server.
/// </summary>
internal static class CorporationsCommand
{
    private const int PageSize = 500;

    public static Command Create() =>
        new("corporations", "The region's housing corporations: list, create, update (administrator).") { List(), CreateOne(), Update() };

    private static Command List()
    {
        var options = AdminCommandOptions.Create();
        return options.Command("list", "List the region's corporations.", async (local, parse, ct) =>
        {
            var all = await Pages.ReadAllAsync(PageSize, page => local.Corporations.ListCorporationsAsync(LocalRegion.Administrator, local.RegionId, page, ct));
            var table = new Table().Title($"Corporations in {Markup.Escape(local.RegionId)}: {all.Count}")
                .AddColumn("Id").AddColumn("Name").AddColumn("Municipalities").AddColumn("Etag");
            foreach (var c in all)
            {
                table.AddRow(Markup.Escape(c.Value.Id), Markup.Escape(c.Value.Name),
                    string.Join(" ", c.Value.Municipalities.Select(m => m.Value)), ETags.Of(c.Version));
            }
            AnsiConsole.Write(table);
            return 0;
        });
    }

    private static Command CreateOne()
    {
        var options = AdminCommandOptions.Create();
        var id = new Argument<string>("id") { Description = "The corporation id ([a-z][a-z0-9-]{0,62}), e.g. talis." };
        var name = new Option<string>("--name") { Description = "Its display name.", Required = true };
        var municipalities = MunicipalitiesOption();
        return options.Command("create", "Register a housing corporation in the region.", async (local, parse, ct) =>
        {
            var created = await local.Corporations.CreateCorporationAsync(LocalRegion.Administrator, local.RegionId,
                () => new HousingCorporation(ResourceNames.ParseId(parse.GetValue(id)!, "id"), parse.GetValue(name)!, Codes(parse.GetValue(municipalities))), ct);
            Print("created", local.RegionId, created);
            return 0;
        }, id, name, municipalities);
    }

    private static Command Update()
    {
        var options = AdminCommandOptions.Create();
        var id = new Argument<string>("id") { Description = "The corporation id." };
        var name = new Option<string?>("--name") { Description = "A new display name." };
        var municipalities = MunicipalitiesOption();
        var etag = new Option<string?>("--etag") { Description = "Change only the version with this etag (as listed); otherwise the latest." };
        return options.Command("update", "Change a corporation's name or municipalities (only the options given).", async (local, parse, ct) =>
        {
            var newName = parse.GetValue(name);
            var newCodes = parse.GetValue(municipalities) is { Length: > 0 } given ? Codes(given) : null;
            if (newName is null && newCodes is null)
            {
                throw new CommandFailedException("give --name, --municipality or both", 2);
            }
            var updated = await local.Corporations.UpdateCorporationAsync(LocalRegion.Administrator, local.RegionId, parse.GetValue(id)!,
                parse.GetValue(etag), current => new HousingCorporation(current.Id, newName ?? current.Name, newCodes ?? current.Municipalities), ct);
            Print("updated", local.RegionId, updated);
            return 0;
        }, id, name, municipalities, etag);
    }

    private static Option<string[]> MunicipalitiesOption() => new("--municipality")
    {
        Description = "A municipality where it has stock (CBS code, e.g. GM0268); repeat for more.",
        AllowMultipleArgumentsPerToken = true,
    };

    private static List<MunicipalityCode> Codes(string[]? codes) =>
        [.. (codes ?? []).Select(code => MunicipalityCode.IsValid(code)
            ? new MunicipalityCode(code)
            : throw new DomainValidationException("--municipality", $"{FreeText.Quote(code)} is not a CBS municipality code (GM and 4 digits)"))];

    private static void Print(string what, string regionId, Versioned<HousingCorporation> corporation) =>
        Console.WriteLine($"{what} {ResourceNames.RegionCorporation(regionId, corporation.Value.Id)}: {corporation.Value.Name}"
            + $" [{string.Join(" ", corporation.Value.Municipalities.Select(m => m.Value))}] etag {ETags.Of(corporation.Version)}");
}
