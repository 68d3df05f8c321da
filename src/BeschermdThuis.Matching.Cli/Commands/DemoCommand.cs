using System.CommandLine;
using BeschermdThuis.Matching.Cli.Demo;
using BeschermdThuis.Matching.DemoRegion;
using BeschermdThuis.Matching.DemoRegion.Population;
using BeschermdThuis.Matching.Storage;
using Spectre.Console;

namespace BeschermdThuis.Matching.Cli.Commands;

/// <summary>
/// <c>demo</c>: creates or refreshes the demo database (the real Rijk van Nijmegen neighbourhoods plus a seeded synthetic
/// population) and prints what it holds per municipality.
/// </summary>
internal static class DemoCommand
{
    /// <summary>The demo's reference date ("today" for readiness and availability), fixed so the demo is reproducible.</summary>
    public static readonly DateOnly DefaultReferenceDate = new(2026, 10, 1);

    public static Command Create()
    {
        var database = DatabaseOption.Create();
        var seed = new Option<int>("--seed") { Description = "Seed of the synthetic population.", DefaultValueFactory = _ => DemoPopulation.DefaultSeed };
        var units = new Option<int>("--units") { Description = "Number of units.", DefaultValueFactory = _ => DemoPopulationSize.Default.Units };
        var clients = new Option<int>("--clients") { Description = "Number of clients.", DefaultValueFactory = _ => DemoPopulationSize.Default.Clients };
        var date = new Option<DateOnly>("--date") { Description = "Reference date (yyyy-MM-dd).", DefaultValueFactory = _ => DefaultReferenceDate };

        var command = new Command("demo", "Create or refresh the demo database and summarise it.") { database, seed, units, clients, date };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var size = new DemoPopulationSize(parse.GetValue(units), parse.GetValue(clients));
            var summary = await RunAsync(parse.GetValue(database)!, parse.GetValue(seed), size, parse.GetValue(date), cancellationToken);
            Render(summary, parse.GetValue(database)!);
            return 0;
        });
        return command;
    }

    public static async Task<DemoSummary> RunAsync(string databaseFile, int seed, DemoPopulationSize size, DateOnly referenceDate, CancellationToken cancellationToken)
    {
        var region = RegioNijmegen.Load();
        var population = DemoPopulation.Generate(region, seed, size, referenceDate);
        await using var database = await MatchingDatabase.OpenAsync(DatabaseOption.SqliteFile(databaseFile), cancellationToken);
        await DemoSeeder.SeedAsync(database, region, population, cancellationToken);
        return await DemoSummary.ReadAsync(database, region.Region.Id, cancellationToken);
    }

    private static void Render(DemoSummary summary, string databaseFile)
    {
        var table = new Table().Title($"Demo region Rijk van Nijmegen in {Markup.Escape(databaseFile)}")
            .AddColumn("Municipality").AddColumn("Code")
            .AddColumn(new TableColumn("Neighbourhoods").RightAligned())
            .AddColumn(new TableColumn("Available units").RightAligned())
            .AddColumn(new TableColumn("Waiting clients").RightAligned());
        foreach (var m in summary.Municipalities)
        {
            table.AddRow(Markup.Escape(m.Name), m.Code.Value, $"{m.Neighbourhoods}", $"{m.AvailableUnits}", $"{m.WaitingClients}");
        }
        table.AddRow("[bold]Total[/]", "",
            $"[bold]{summary.Municipalities.Sum(m => m.Neighbourhoods)}[/]",
            $"[bold]{summary.Municipalities.Sum(m => m.AvailableUnits)}[/]",
            $"[bold]{summary.Municipalities.Sum(m => m.WaitingClients)}[/]");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"[grey]{Markup.Escape(DemoRegionData.Attribution)}. Corporations, units, clients, care teams and agreements are synthetic.[/]");
    }
}
