using System.CommandLine;
using BeschermdThuis.Matching.Api.Mapping;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Application.Matching;
using BeschermdThuis.Matching.Cli.Matching;
using BeschermdThuis.Matching.Domain.Affordability;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Storage;
using V1 = BeschermdThuis.Matching.Api.V1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

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
            V1.RunMatchRequest message;
            if (parse.GetValue(request) is { } file)
            {
                try
                {
                    message = JsonParser.Default.Parse<V1.RunMatchRequest>(await File.ReadAllTextAsync(file, cancellationToken));
                }
                catch (Exception e) when (e is InvalidProtocolBufferException or InvalidJsonException or IOException)
                {
                    Console.Error.WriteLine($"{file} is not a RunMatchRequest in proto JSON: {e.Message}");
                    return 2;
                }
            }
            else
            {
                message = Request(parse.GetValue(region)!, parse.GetValue(from), parse.GetValue(to), parse.GetValue(rentYear), parse.GetValue(asOf),
                    parse.GetValue(timeLimit) is { } seconds ? TimeSpan.FromSeconds(seconds) : null, parse.GetValue(workers), parse.GetValue(seed));
            }
            return await RunAsync(parse.GetValue(database)!, message, parse.GetValue(language) == "nl", parse.GetValue(json), cancellationToken);
        });
        return command;
    }

    public static Option<string> LanguageOption()
    {
        var language = new Option<string>("--language") { Description = "Language of the explanations: nl (Dutch, B1) or en.", DefaultValueFactory = _ => "nl" };
        language.AcceptOnlyFromAmong("nl", "en");
        return language;
    }

    public static V1.RunMatchRequest Request(
        string regionId, DateOnly from, DateOnly to, int? rentYear, DateOnly? asOf, TimeSpan? timeLimit, int workers, int seed)
    {
        var options = new V1.MatchRunOptions { Workers = workers, Seed = seed };
        if (rentYear is { } year)
        {
            options.RentYear = year;
        }
        if (asOf is { } day)
        {
            options.AsOfDate = Conversions.ToProto(day);
        }
        if (timeLimit is { } limit)
        {
            options.TimeLimit = Duration.FromTimeSpan(limit);
        }
        return new V1.RunMatchRequest
        {
            Parent = ResourceNames.Region(regionId),
            PeriodStart = Conversions.ToProto(from),
            PeriodEnd = Conversions.ToProto(to),
            Options = options,
        };
    }

    /// <summary>Runs, prints and optionally writes the run; returns the exit code (0 done, 1 refused by the stored state, 2 bad input).</summary>
    public static async Task<int> RunAsync(string databaseFile, V1.RunMatchRequest message, bool dutch, string? jsonFile, CancellationToken cancellationToken)
    {
        if (!File.Exists(databaseFile))
        {
            Console.Error.WriteLine($"{databaseFile} does not exist; create it with: beschermdthuis demo");
            return 1;
        }
        try
        {
            var regionId = ResourceNames.ParseRegion(message.Parent, "parent");
            var request = MatchingMapping.ToRequest(regionId, message);
            await using var database = await MatchingDatabase.OpenAsync(DatabaseOption.SqliteFile(databaseFile), cancellationToken);
            var view = await MatchProgressDisplay.RunAsync(progress => LocalMatching.RunAsync(database, request, progress, cancellationToken));
            var run = MatchingMapping.ToProto(view);
            MatchOutput.Render(run, dutch);
            if (jsonFile is not null)
            {
                await MatchOutput.WriteJsonAsync(run, jsonFile, cancellationToken);
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
