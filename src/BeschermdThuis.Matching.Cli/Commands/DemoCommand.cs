using System.CommandLine;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Application.Matching;
using BeschermdThuis.Matching.Cli.Demo;
using BeschermdThuis.Matching.Cli.Proposals;
using BeschermdThuis.Matching.DemoRegion;
using BeschermdThuis.Matching.DemoRegion.Population;
using BeschermdThuis.Matching.Storage;
using Spectre.Console;

namespace BeschermdThuis.Matching.Cli.Commands;

/// <summary>
/// <c>demo</c>: creates or refreshes the demo database (the real Rijk van Nijmegen neighbourhoods plus a seeded synthetic
/// population), prints what it holds per municipality, and ends with a match on the demo region: the placement period of
/// three months from the reference date, with the 2025 rent limits (the 2026 aftoppingsgrens is not configured), a fixed
/// seed and workers, and a time limit, so the output shows pairs with explanations and unmatched clients with reasons.
/// Then the match's pairs go through the proposal lifecycle and the region is matched once more, and the demo prints what
/// changed (<see cref="DemoProposals"/>).
/// </summary>
internal static class DemoCommand
{
    /// <summary>The demo's reference date ("today" for readiness and availability), fixed so the demo is reproducible.</summary>
    public static readonly DateOnly DefaultReferenceDate = new(2026, 10, 1);

    /// <summary>The rent limits the demo matches with: 2026's aftoppingsgrenzen are not configured (config/affordability.json).</summary>
    public const int DemoRentYear = 2025;

    public const double DefaultMatchSeconds = 60;

    public static Command Create()
    {
        var options = new DemoOptions(
            DatabaseOption.Create(),
            new Option<int>("--seed") { Description = "Seed of the synthetic population.", DefaultValueFactory = _ => DemoPopulation.DefaultSeed },
            new Option<int>("--units") { Description = "Number of units.", DefaultValueFactory = _ => DemoPopulationSize.Default.Units },
            new Option<int>("--clients") { Description = "Number of clients.", DefaultValueFactory = _ => DemoPopulationSize.Default.Clients },
            new Option<DateOnly>("--date") { Description = "Reference date (yyyy-MM-dd).", DefaultValueFactory = _ => DefaultReferenceDate },
            new Option<double>("--match-time-limit")
            {
                Description = "Time limit in seconds of the closing match (0: no match).",
                DefaultValueFactory = _ => DefaultMatchSeconds,
            },
            MatchCommand.LanguageOption(),
            new Option<bool>("--fresh") { Description = "Delete the database file first and start a new one (without keeping a file that holds proposals as FILE.previous)." });

        var command = new Command("demo", "Create or refresh the demo database, summarise it, run a match on it, propose its pairs and match again.")
        {
            options.Database, options.Seed, options.Units, options.Clients, options.Date, options.MatchSeconds, options.Language, options.Fresh,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var exit = await RunDemoAsync(options, parse, cancellationToken);
            Console.WriteLine($"Quota simulation of the shipped scenarios (issue 13): {SimulateCommand.ShippedScenariosExample}");
            return exit;
        });
        return command;
    }

    private sealed record DemoOptions(
        Option<string> Database, Option<int> Seed, Option<int> Units, Option<int> Clients, Option<DateOnly> Date, Option<double> MatchSeconds,
        Option<string> Language, Option<bool> Fresh);

    private static async Task<int> RunDemoAsync(DemoOptions options, ParseResult parse, CancellationToken cancellationToken)
    {
        var database = parse.GetValue(options.Database)!;
        var refused = await CommandErrors.RunAsync(async () =>
        {
            if (await DemoDatabase.PrepareAsync(database, parse.GetValue(options.Fresh), cancellationToken) is { } kept)
            {
                Console.WriteLine(kept);
            }
            return 0;
        });
        if (refused != 0)
        {
            return refused;
        }
        var size = new DemoPopulationSize(parse.GetValue(options.Units), parse.GetValue(options.Clients));
        var summary = await RunAsync(database, parse.GetValue(options.Seed), size, parse.GetValue(options.Date), cancellationToken);
        Render(summary, database);
        var seconds = parse.GetValue(options.MatchSeconds);
        return seconds <= 0 ? 0 : await MatchAndProposeAsync(database, parse.GetValue(options.Date), seconds, parse.GetValue(options.Language) == "nl", cancellationToken);
    }

    // The closing match over the three months from the reference date, then its pairs through the proposal lifecycle.
    private static async Task<int> MatchAndProposeAsync(string database, DateOnly referenceDate, double seconds, bool dutch, CancellationToken cancellationToken)
    {
        var to = referenceDate.AddMonths(3).AddDays(-1);
        AnsiConsole.WriteLine();
        AnsiConsole.MarkupLine(Markup.Escape(
            $"Matching the demo region for {referenceDate:yyyy-MM-dd}..{to:yyyy-MM-dd} with the {DemoRentYear} rent limits: " +
            $"the 2026 aftoppingsgrens is not configured in config/affordability.json, so 2026 limits cannot be used yet. " +
            $"Time limit {seconds:0} s, {MatchRunRequest.DefaultWorkers} workers, seed {MatchRunRequest.DefaultSeed}."));
        var request = () => MatchCommand.Request(MatchingOptions.DefaultRegionId, referenceDate, to, DemoRentYear, referenceDate,
            TimeSpan.FromSeconds(seconds), MatchRunRequest.DefaultWorkers, MatchRunRequest.DefaultSeed);
        var matched = await MatchCommand.RunAsync(database, request, dutch, null, cancellationToken);
        return matched != 0 ? matched : await ProposeAsync(database, request(), referenceDate, cancellationToken);
    }

    /// <summary>The demo match's pairs through the proposal lifecycle, then a re-match, and what changed (<see cref="DemoProposals"/>).</summary>
    private static Task<int> ProposeAsync(string databaseFile, MatchRunRequest rematch, DateOnly referenceDate, CancellationToken cancellationToken) =>
        CommandErrors.RunAsync(async () =>
        {
            AnsiConsole.WriteLine();
            var summary = await DemoProposals.RunAsync(databaseFile, rematch.RegionId, rematch, referenceDate, cancellationToken);
            if (summary is null)
            {
                Console.WriteLine("Proposals: skipped, the database already holds proposals (from an earlier demo?); " +
                    "use a new file (demo --database other.db) to see the walkthrough, or carry on with: proposals list, waiting.");
                return 0;
            }
            foreach (var line in summary.Lines())
            {
                Console.WriteLine(line);
            }
            return summary.DeclinedPairReturned ? 1 : 0;
        });

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
