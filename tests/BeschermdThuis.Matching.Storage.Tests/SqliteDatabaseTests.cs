using BeschermdThuis.Matching.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace BeschermdThuis.Matching.Storage.Tests;

/// <summary>What only the SQLite file needs: write-ahead logging, enforced foreign keys, a file that exists.</summary>
public sealed class SqliteDatabaseTests() : StorageTestBase(new SqliteTestStore())
{
    [Fact]
    public async Task Open_CreatesTheFileInWalMode()
    {
        var db = await OpenAsync();

        Assert.True(File.Exists(((SqliteTestStore)Store).FilePath));
        Assert.Equal(["wal"], await QueryAsync<string>(db, "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task Connections_EnforceForeignKeys()
    {
        var db = await OpenAsync();
        await db.Regions.SaveRegionAsync(TestData.Region(), Cancel);

        // The unit's corporation was never saved.
        var error = await Assert.ThrowsAsync<SqliteException>(() => db.Stock.CreateUnitAsync(TestData.RegionId, TestData.Unit("unit-1"), Cancel));

        Assert.Equal(19, error.SqliteErrorCode);
        Assert.Equal(787, error.SqliteExtendedErrorCode);
        Assert.Equal(1, (await QueryAsync<long>(db, "PRAGMA foreign_keys"))[0]);
    }
}
