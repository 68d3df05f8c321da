using System.CommandLine;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.DemoRegion;
using BeschermdThuis.Matching.Storage;

namespace BeschermdThuis.Matching.Cli.Commands;

/// <summary>
/// <c>init</c>: a region without the demo. Creates the database file when needed and stores the shipped region's
/// reference data (its real neighbourhoods, districts and municipalities, and its default limits), with no corporations,
/// units, clients, care teams or agreements. A database that already holds the region is left as it is, and says so.
/// </summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var database = DatabaseOption.Create();
        var command = new Command("init", "Create the region's reference data (neighbourhoods, municipalities, default limits) without a demo population.")
        {
            database,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var result = await RunAsync(parse.GetValue(database)!, cancellationToken);
            Console.WriteLine($"{result.Describe()} in {parse.GetValue(database)}.");
            if (result.Created)
            {
                Console.WriteLine($"{DemoRegionData.Attribution}. Next: corporations create, import units and clients, care-teams create, then match (see the README).");
            }
            return 0;
        });
        return command;
    }

    public static async Task<RegionInitialisationResult> RunAsync(string databaseFile, CancellationToken cancellationToken)
    {
        await using var database = await MatchingDatabase.OpenAsync(DatabaseOption.SqliteFile(databaseFile), cancellationToken);
        return await RegionInitialisation.InitialiseAsync(database.Regions, ShippedRegion(), cancellationToken);
    }

    /// <summary>The shipped region's reference data (the demo region's real geography, without its population).</summary>
    public static RegionReferenceData ShippedRegion()
    {
        var region = RegioNijmegen.Load();
        return new RegionReferenceData(region.Region, region.Neighbourhoods);
    }
}
