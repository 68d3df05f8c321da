using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Cli.Commands;
using BeschermdThuis.Matching.Cli.Proposals;
using BeschermdThuis.Matching.Domain.Affordability;
using BeschermdThuis.Matching.Storage;

namespace BeschermdThuis.Matching.Cli.Transfer;

/// <summary>The stock and client use cases in-process on a database file, wired as the server wires them.</summary>
internal sealed class LocalTransfer : IAsyncDisposable
{
    private LocalTransfer(MatchingDatabase database, StockApplicationService stock, ClientApplicationService clients)
    {
        Database = database;
        Stock = stock;
        Clients = clients;
    }

    public MatchingDatabase Database { get; }

    public StockApplicationService Stock { get; }

    public ClientApplicationService Clients { get; }

    /// <exception cref="CommandFailedException">The database file does not exist (it is not created here).</exception>
    public static async Task<LocalTransfer> OpenAsync(string databaseFile, string regionId, CancellationToken cancellationToken)
    {
        if (!File.Exists(databaseFile))
        {
            throw new CommandFailedException($"{databaseFile} does not exist; create it with: beschermdthuis demo", 1);
        }
        var affordability = AffordabilityPolicyJson.Parse(
            await File.ReadAllTextAsync(DefaultFiles.Resolve(DefaultFiles.AffordabilityConfig), cancellationToken));
        var database = await MatchingDatabase.OpenAsync(DatabaseOption.SqliteFile(databaseFile), cancellationToken);
        var catalog = new RegionCatalog(database.Regions, new MatchingOptions(regionId));
        return new LocalTransfer(
            database,
            new StockApplicationService(database.Stock, database.Proposals, catalog),
            new ClientApplicationService(database.Clients, database.CareTeams, database.Proposals, catalog, affordability));
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
