using BeschermdThuis.Matching.Storage.Migrations;
using BeschermdThuis.Matching.Storage.Tests.Support;

namespace BeschermdThuis.Matching.Storage.Tests;

public abstract class MigrationTests(ITestStore store) : StorageTestBase(store)
{
    [Fact]
    public async Task Open_NewDatabase_AppliesEveryScriptInOrder()
    {
        var expected = MigrationScripts.For((await OpenAsync()).Dialect.Provider).Select(s => s.Version).ToList();

        var db = await OpenAsync();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, await QueryAsync<int>(db, "SELECT version FROM schema_version ORDER BY version"));
    }

    [Fact]
    public async Task Open_Twice_AppliesNothingTheSecondTimeAndRecordsEachVersionOnce()
    {
        var first = await OpenAsync();
        await first.Regions.SaveRegionAsync(TestData.Region(), Cancel);

        var second = await OpenAsync();
        var third = await OpenAsync();

        var versions = MigrationScripts.For(first.Dialect.Provider).Select(s => s.Version).ToList();
        Assert.Equal(versions, first.AppliedMigrations);
        Assert.Empty(second.AppliedMigrations);
        Assert.Empty(third.AppliedMigrations);
        Assert.Equal(versions, await QueryAsync<int>(third, "SELECT version FROM schema_version ORDER BY version"));
        Assert.NotNull(await third.Regions.GetRegionAsync(TestData.RegionId, Cancel));
    }

    [Fact]
    public async Task Open_ConcurrentlyOnANewDatabase_AppliesEachScriptExactlyOnce()
    {
        var options = await OptionsAsync();

        var opened = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => MatchingDatabase.OpenAsync(options, Cancel)));

        try
        {
            var versions = MigrationScripts.For(options.Provider).Select(s => s.Version).ToList();
            Assert.Equal(versions, opened.SelectMany(d => d.AppliedMigrations).Order());
            Assert.Equal(versions, await QueryAsync<int>(opened[0], "SELECT version FROM schema_version ORDER BY version"));
        }
        finally
        {
            foreach (var database in opened)
            {
                await database.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Open_RecordsTheScriptNameAndWhenItRan()
    {
        var db = await OpenAsync();

        var rows = await QueryAsync<(int Version, string Name, string AppliedAt)>(db, "SELECT version, name, applied_at FROM schema_version");

        var (version, name, appliedAt) = Assert.Single(rows);
        Assert.Equal((1, "initial"), (version, name));
        Assert.True(DateTimeOffset.TryParse(appliedAt, System.Globalization.CultureInfo.InvariantCulture, out _), appliedAt);
    }
}

public sealed class MigrationTestsSqlite() : MigrationTests(new SqliteTestStore());

public sealed class MigrationTestsSqlServer() : MigrationTests(new SqlServerTestStore());
