using System.CommandLine;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Application.Matching;
using BeschermdThuis.Matching.Cli.Matching;
using BeschermdThuis.Matching.Domain.Affordability;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Storage;

namespace BeschermdThuis.Matching.Cli.Commands;

/// <summary>
/// <c>match</c>: runs a match on the database in-process (no server), as the local operator, who sees the full run.
/// The request comes from options or, with <c>--request</c>, from a RunMatchRequest in proto JSON. Shows progress while
/// solving, prints the pairs and the unmatched with their reasons, and writes the full run with <c>--json</c>.
/// </summary>
internal static class MatchCommand
{
    public static Command Create()
    {
        var database = DatabaseOption.Create();
        var request = new Option<string?>("--request") { Description = "A RunMatchRequest in proto JSON; replaces the period and solver options below." };
        var region = new Option<string>("--region") { Description = "Region id.", DefaultValueFactory = _ => MatchingOptions.DefaultRegionId };
        var from = new Option<DateOnly>("--from") { Description = "First day of the placement period (yyyy-MM-dd).", DefaultValueFactory = _ => DemoCommand.DefaultReferenceDate };
        var to = new Option<DateOnly>("--to") { Description = "Last day of the placement period.", DefaultValueFactory = _ => new DateOnly(2026, 12, 31) };
        var rentYear = new Option<int?>("--rent-year") { Description = "Year of the rent limits (default: the period's start year)." };
        var asOf = new Option<DateOnly?>("--as-of") { Description = "The day the match is made for (default: the later of today and --from)." };
        var timeLimit = new Option<double?>("--time-limit") { Description = "Solver time limit in seconds for all goals (default: none)." };
        var workers = new Option<int>("--workers") { Description = "Solver workers.", DefaultValueFactory = _ => MatchRunRequest.DefaultWorkers };
        var seed = new Option<int>("--seed") { Description = "Solver random seed.", DefaultValueFactory = _ => MatchRunRequest.DefaultSeed };
        var language = LanguageOption();
        var json = new Option<string?>("--json") { Description = "Write the full run (proto JSON) to this file." };

        var command = new Command("match", "Run a match on the database and explain it.")
        {
            database, request, region, from, to, rentYear, asOf, timeLimit, workers, seed, language, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            Func<MatchRunRequest> build;
            if (parse.GetValue(request) is { } file)
            {
                try
                {
                    build = await ProtoJsonFiles.ReadRequestAsync(file, cancellationToken);
                }
                catch (RequestFileException e)
                {
                    Console.Error.WriteLine(e.Message);
                    return 2;
                }
            }
            else
            {
                var (regionId, first, last, year, day, seconds) = (parse.GetValue(region)!, parse.GetValue(from), parse.GetValue(to),
                    parse.GetValue(rentYear), parse.GetValue(asOf), parse.GetValue(timeLimit));
                var (workerCount, randomSeed) = (parse.GetValue(workers), parse.GetValue(seed));
                build = () => Request(regionId, first, last, year, day, seconds is { } s ? TimeSpan.FromSeconds(s) : null, workerCount, randomSeed);
            }
            return await RunAsync(parse.GetValue(database)!, build, parse.GetValue(language) == "nl", parse.GetValue(json), cancellationToken);
        });
        return command;
    }

    public static Option<string> LanguageOption()
    {
        var language = new Option<string>("--language") { Description = "Language of the explanations: nl (Dutch, B1) or en.", DefaultValueFactory = _ => "nl" };
        language.AcceptOnlyFromAmong("nl", "en");
        return language;
    }

    /// <summary>The request the options describe; the period is checked here, the solver options when the match runs.</summary>
    public static MatchRunRequest Request(
        string regionId, DateOnly from, DateOnly to, int? rentYear, DateOnly? asOf, TimeSpan? timeLimit, int workers, int seed) =>
        new(regionId, MatchRunRequest.PlacementPeriod(from, to), timeLimit, workers, seed, RentYear: rentYear, AsOf: asOf);

    /// <summary>Runs, prints and optionally writes the run; returns the exit code (0 done, 1 refused by the stored state, 2 bad input).</summary>
    public static async Task<int> RunAsync(string databaseFile, Func<MatchRunRequest> build, bool dutch, string? jsonFile, CancellationToken cancellationToken)
    {
        if (!File.Exists(databaseFile))
        {
            Console.Error.WriteLine($"{databaseFile} does not exist; create it with: beschermdthuis demo");
            return 1;
        }
        try
        {
            var request = build();
            await using var database = await MatchingDatabase.OpenAsync(DatabaseOption.SqliteFile(databaseFile), cancellationToken);
            var view = await MatchProgressDisplay.RunAsync(progress => LocalMatching.RunAsync(database, request, progress, cancellationToken));
            MatchOutput.Render(view, dutch);
            if (jsonFile is not null)
            {
                await ProtoJsonFiles.WriteRunAsync(view, jsonFile, cancellationToken);
                Console.WriteLine($"Full run written to {jsonFile}");
            }
            return 0;
        }
        catch (DomainValidationException e)
        {
            foreach (var v in e.Violations)
            {
                Console.Error.WriteLine($"{v.Field}: {v.Description}");
            }
            return 2;
        }
        catch (Exception e) when (e is FailedPreconditionException or NotFoundException or AffordabilityConfigurationException)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }
}
