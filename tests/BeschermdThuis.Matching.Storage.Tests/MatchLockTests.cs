using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Storage.Locking;
using BeschermdThuis.Matching.Storage.Tests.Support;

namespace BeschermdThuis.Matching.Storage.Tests;

/// <summary>One match at a time per region: the database's own lock, also between two opened databases (two servers).</summary>
public abstract class MatchLockTests(ITestStore store) : StorageTestBase(store)
{
    [Fact]
    public async Task Acquire_WhileHeld_IsRefusedForTheRegionEvenFromAnotherServer()
    {
        var first = await OpenAsync();
        var second = await OpenAsync();

        await using var held = await first.MatchLock.AcquireAsync(TestData.RegionId, Cancel);

        var sameServer = await Assert.ThrowsAsync<MatchAlreadyRunningException>(() => first.MatchLock.AcquireAsync(TestData.RegionId, Cancel));
        var otherServer = await Assert.ThrowsAsync<MatchAlreadyRunningException>(() => second.MatchLock.AcquireAsync(TestData.RegionId, Cancel));
        Assert.Equal(TestData.RegionId, sameServer.RegionId);
        Assert.Equal(TestData.RegionId, otherServer.RegionId);
    }

    [Fact]
    public async Task Acquire_OtherRegionWhileOneIsHeld_IsGranted()
    {
        var db = await OpenAsync();
        await using var held = await db.MatchLock.AcquireAsync(TestData.RegionId, Cancel);

        await using var other = await db.MatchLock.AcquireAsync(TestData.OtherRegionId, Cancel);

        await Assert.ThrowsAsync<MatchAlreadyRunningException>(() => db.MatchLock.AcquireAsync(TestData.OtherRegionId, Cancel));
    }

    [Fact]
    public async Task Acquire_AfterTheHolderReleased_IsGrantedAgain()
    {
        var first = await OpenAsync();
        var second = await OpenAsync();
        var held = await first.MatchLock.AcquireAsync(TestData.RegionId, Cancel);
        await held.DisposeAsync();
        await held.DisposeAsync();

        await using (await second.MatchLock.AcquireAsync(TestData.RegionId, Cancel))
        {
            await Assert.ThrowsAsync<MatchAlreadyRunningException>(() => first.MatchLock.AcquireAsync(TestData.RegionId, Cancel));
        }

        await using var again = await first.MatchLock.AcquireAsync(TestData.RegionId, Cancel);
    }

    [Fact]
    public async Task Acquire_WhileHeld_LeavesTheDatabaseWritable()
    {
        var db = await OpenAsync();
        await using var held = await db.MatchLock.AcquireAsync(TestData.RegionId, Cancel);

        await db.Regions.SaveRegionAsync(TestData.Region(), Cancel);

        Assert.NotNull(await db.Regions.GetRegionAsync(TestData.RegionId, Cancel));
    }

    [Fact]
    public async Task Acquire_RegionIdThatIsNoResourceId_IsRefused()
    {
        var db = await OpenAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => db.MatchLock.AcquireAsync("../regio", Cancel));
    }
}

public sealed class MatchLockTestsSqlite() : MatchLockTests(new SqliteTestStore());

public sealed class MatchLockTestsSqlServer() : MatchLockTests(new SqlServerTestStore());

public sealed class SqliteMatchLockFileTests
{
    [Fact]
    public void LockFile_OfADatabaseFile_LiesBesideItPerRegion()
    {
        var database = Path.Combine(Path.GetTempPath(), "matching.db");
        var options = StorageOptions.SqliteFile(database);

        Assert.Equal(database + ".match-lock.regio-nijmegen", SqliteMatchLock.LockFile(options.ConnectionString, "regio-nijmegen"));
        Assert.Equal(database + ".match-lock.regio-arnhem", SqliteMatchLock.LockFile(options.ConnectionString, "regio-arnhem"));
    }

    [Fact]
    public async Task LockFile_OfAnInMemoryDatabase_IsInTheTemporaryFolderAndLocksPerDataSource()
    {
        const string shared = "Data Source=proposals-test;Mode=Memory;Cache=Shared";
        var file = SqliteMatchLock.LockFile(shared, "regio-nijmegen");
        var matchLock = new SqliteMatchLock(shared);
        try
        {
            Assert.Equal(Path.GetTempPath(), Path.GetDirectoryName(file) + Path.DirectorySeparatorChar);
            Assert.NotEqual(file, SqliteMatchLock.LockFile("Data Source=:memory:", "regio-nijmegen"));
            await using var held = await matchLock.AcquireAsync("regio-nijmegen", TestContext.Current.CancellationToken);
            await Assert.ThrowsAsync<MatchAlreadyRunningException>(() => new SqliteMatchLock(shared).AcquireAsync("regio-nijmegen", TestContext.Current.CancellationToken));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
