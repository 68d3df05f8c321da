using Dapper;

namespace BeschermdThuis.Matching.Storage.Tests.Support;

/// <summary>
/// The base of every provider-neutral storage test (Dapper's pattern): an abstract class per behaviour and a sealed
/// subclass per provider that hands in its <see cref="ITestStore"/>.
/// </summary>
public abstract class StorageTestBase(ITestStore store) : IAsyncDisposable
{
    private readonly List<MatchingDatabase> _opened = [];
    private StorageOptions? _options;

    protected ITestStore Store { get; } = store;

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Opens a new <see cref="MatchingDatabase"/> on the test's store (migrating it on first open).</summary>
    protected async Task<MatchingDatabase> OpenAsync()
    {
        var database = await MatchingDatabase.OpenAsync(await OptionsAsync(), Cancel);
        _opened.Add(database);
        return database;
    }

    /// <summary>Opens the store with the test region and the other region saved: the parents that care teams, agreements and runs need.</summary>
    protected async Task<MatchingDatabase> OpenWithRegionsAsync()
    {
        var db = await OpenAsync();
        await db.Regions.SaveRegionAsync(TestData.Region(), Cancel);
        await db.Regions.SaveRegionAsync(TestData.OtherRegion(), Cancel);
        return db;
    }

    /// <summary>The options of the test's store, prepared on first use (skips when the provider is not configured).</summary>
    protected async Task<StorageOptions> OptionsAsync() => _options ??= await Store.PrepareAsync();

    /// <summary>Runs raw SQL on the store, outside the repositories (to look at what is really stored).</summary>
    protected async Task ExecuteAsync(MatchingDatabase database, string sql)
    {
        await using var connection = database.Dialect.CreateConnection(_options!.ConnectionString);
        await connection.OpenAsync(Cancel);
        await connection.ExecuteAsync(new CommandDefinition(sql, cancellationToken: Cancel));
    }

    protected async Task<long> CountAsync(MatchingDatabase database, string table)
    {
        await using var connection = database.Dialect.CreateConnection(_options!.ConnectionString);
        await connection.OpenAsync(Cancel);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT COUNT(*) FROM {table}", cancellationToken: Cancel));
    }

    protected async Task<IReadOnlyList<T>> QueryAsync<T>(MatchingDatabase database, string sql)
    {
        await using var connection = database.Dialect.CreateConnection(_options!.ConnectionString);
        await connection.OpenAsync(Cancel);
        return [.. await connection.QueryAsync<T>(new CommandDefinition(sql, cancellationToken: Cancel))];
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _opened)
        {
            await database.DisposeAsync();
        }
        await Store.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
