using System.CommandLine;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Cli.Commands;
using BeschermdThuis.Matching.Cli.Proposals;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Storage;

namespace BeschermdThuis.Matching.Cli.Region;

/// <summary>
/// The administrator's use cases in-process on a database file (<c>corporations</c>, <c>care-teams</c>, <c>region</c>), wired as the
/// server wires them. The command line acts as the administrator <see cref="Administrator"/>, and every change is
/// audited as that party's.
/// </summary>
internal sealed class LocalRegion : IAsyncDisposable
{
    public static readonly Party Administrator = new(PartyKind.Administrator, "local");

    private LocalRegion(MatchingDatabase database, string regionId)
    {
        Database = database;
        RegionId = regionId;
        var catalog = new RegionCatalog(database.Regions, new MatchingOptions(regionId));
        Catalog = catalog;
        Regions = new RegionApplicationService(database.Regions, database.Stock, database.Clients, catalog, TimeProvider.System);
        Corporations = new CorporationApplicationService(database.Corporations, catalog, TimeProvider.System);
        CareTeams = new CareTeamApplicationService(database.CareTeams, database.Clients, catalog);
    }

    public MatchingDatabase Database { get; }

    public string RegionId { get; }

    public RegionApplicationService Regions { get; }

    public CorporationApplicationService Corporations { get; }

    public CareTeamApplicationService CareTeams { get; }

    public RegionCatalog Catalog { get; }

    /// <exception cref="CommandFailedException">The database file does not exist (it is not created here).</exception>
    public static async Task<LocalRegion> OpenAsync(string databaseFile, string regionId, CancellationToken cancellationToken)
    {
        if (!File.Exists(databaseFile))
        {
            throw new CommandFailedException($"{databaseFile} does not exist; create it with: beschermdthuis init", 1);
        }
        return new LocalRegion(await MatchingDatabase.OpenAsync(DatabaseOption.SqliteFile(databaseFile), cancellationToken), regionId);
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}

/// <summary>The options of every administrator command: the database and the region.</summary>
internal sealed record AdminCommandOptions(Option<string> Database, Option<string> Region)
{
    public static AdminCommandOptions Create() => new(
        DatabaseOption.Create(),
        new Option<string>("--region") { Description = "Region id.", DefaultValueFactory = _ => MatchingOptions.DefaultRegionId });

    /// <summary>A command with these options and <paramref name="more"/>, whose action opens the database and reports errors as one line.</summary>
    public Command Command(string name, string description, Func<LocalRegion, ParseResult, CancellationToken, Task<int>> action, params Symbol[] more)
    {
        var command = new Command(name, description) { Database, Region };
        foreach (var symbol in more)
        {
            if (symbol is Option option)
            {
                command.Options.Add(option);
            }
            else if (symbol is Argument argument)
            {
                command.Arguments.Add(argument);
            }
        }
        command.SetAction((parse, cancellationToken) => CommandErrors.RunAsync(async () =>
        {
            await using var local = await LocalRegion.OpenAsync(parse.GetValue(Database)!, parse.GetValue(Region)!, cancellationToken);
            return await action(local, parse, cancellationToken);
        }));
        return command;
    }
}
