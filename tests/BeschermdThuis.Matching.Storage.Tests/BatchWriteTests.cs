using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Storage.Dialects;
using BeschermdThuis.Matching.Storage.Tests.Support;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace BeschermdThuis.Matching.Storage.Tests;

/// <summary>The batch writes (issue 12, item 4): multi-row bulk inserts, conditional updates and deletes, all rows or none.</summary>
public abstract class BatchWriteTests(ITestStore store) : StorageTestBase(store)
{
    private static readonly string[] FourIds = ["u-1", "u-2", "u-3", "u-gone"];

    private static ClientReference Ref(string value) => new(value);

    private async Task<MatchingDatabase> OpenWithCorporationAsync()
    {
        var db = await OpenWithRegionsAsync();
        await db.Stock.SaveCorporationAsync(TestData.Corporation(), Cancel);
        return db;
    }

    [Fact]
    public async Task CreateUnits_MoreRowsThanOneStatementTakes_StoresEveryUnitExactly()
    {
        var db = await OpenWithCorporationAsync();
        var units = Enumerable.Range(0, 1_234).Select(i => TestData.Unit($"bulk-{i:0000}", status: i % 3 == 0 ? UnitStatus.Let : UnitStatus.Available)).ToList();

        await db.Stock.CreateUnitsAsync(TestData.RegionId, units, Cancel);

        var stored = (await db.Stock.ListUnitsAsync("talis", PageRequest.First(2_000), Cancel)).Items;
        Assert.Equal(units, stored.Select(u => u.Value));
        Assert.All(stored, u => Assert.Equal(Versioned.FirstVersion, u.Version));
    }

    [Fact]
    public async Task CreateUnits_OneIdTaken_StoresNone_AndNamesIt()
    {
        var db = await OpenWithCorporationAsync();
        await db.Stock.CreateUnitAsync(TestData.RegionId, TestData.Unit("taken"), Cancel);

        var error = await Assert.ThrowsAsync<AlreadyExistsException>(() =>
            db.Stock.CreateUnitsAsync(TestData.RegionId, [TestData.Unit("new-1"), TestData.Unit("taken"), TestData.Unit("new-2")], Cancel));

        Assert.Equal("corporations/talis/units/taken", error.Resource);
        Assert.Equal(1, await CountAsync(db, "units"));
    }

    [Fact]
    public async Task UpdateUnitsIfVersion_OneStale_WritesNone_AndSaysWhich()
    {
        var db = await OpenWithCorporationAsync();
        await db.Stock.CreateUnitsAsync(TestData.RegionId, [TestData.Unit("u-1"), TestData.Unit("u-2"), TestData.Unit("u-3")], Cancel);
        Assert.True(await db.Stock.UpdateUnitAsync(TestData.Unit("u-2", status: UnitStatus.Withdrawn), Cancel));

        var outcomes = await db.Stock.UpdateUnitsIfVersionAsync(
            [.. FourIds.Select(id => new Versioned<HousingUnit>(TestData.Unit(id, status: UnitStatus.Let), 1))], Cancel);

        Assert.Equal([UpdateOutcome.Updated, UpdateOutcome.Stale, UpdateOutcome.Updated, UpdateOutcome.NotFound], outcomes);
        Assert.Equal(UnitStatus.Available, (await db.Stock.GetUnitAsync("talis", "u-1", Cancel))!.Status);
        var written = await db.Stock.UpdateUnitsIfVersionAsync(
            [new Versioned<HousingUnit>(TestData.Unit("u-1", status: UnitStatus.Let), 1), new Versioned<HousingUnit>(TestData.Unit("u-2", status: UnitStatus.Let), 2)], Cancel);
        Assert.Equal([UpdateOutcome.Updated, UpdateOutcome.Updated], written);
        Assert.Equal(3, (await db.Stock.GetVersionedUnitAsync("talis", "u-2", Cancel))!.Version);
    }

    [Fact]
    public async Task DeleteUnits_OneMissing_DeletesNone()
    {
        var db = await OpenWithCorporationAsync();
        await db.Stock.CreateUnitsAsync(TestData.RegionId, [TestData.Unit("u-1"), TestData.Unit("u-2")], Cancel);

        Assert.Equal(["u-gone"], await db.Stock.DeleteUnitsAsync("talis", ["u-1", "u-gone", "u-2"], Cancel));
        Assert.Equal(2, await CountAsync(db, "units"));

        Assert.Empty(await db.Stock.DeleteUnitsAsync("talis", ["u-1", "u-2"], Cancel));
        Assert.Equal(0, await CountAsync(db, "units"));
    }

    [Fact]
    public async Task CreateClients_StoresEveryClientWithEveryList()
    {
        var db = await OpenAsync();
        var clients = Enumerable.Range(0, 600).Select(i => i % 2 == 0 ? TestData.Client($"bulk-{i:000}") : TestData.BareClient($"bulk-{i:000}")).ToList();

        await db.Clients.CreateClientsAsync(clients, Cancel);

        Assert.Equal(clients[0], await db.Clients.GetClientAsync(TestData.Nijmegen, Ref("bulk-000"), Cancel));
        Assert.Equal(clients[599], await db.Clients.GetClientAsync(TestData.Heumen, Ref("bulk-599"), Cancel));
        Assert.Equal(600, await CountAsync(db, "clients"));
        Assert.Equal(300 * 3, await CountAsync(db, "client_area_wishes"));
        Assert.Equal(300 * 2, await CountAsync(db, "client_support_anchors"));
    }

    [Fact]
    public async Task CreateClients_ReferenceTaken_StoresNone()
    {
        var db = await OpenAsync();
        await db.Clients.CreateClientAsync(TestData.BareClient("taken"), Cancel);

        var error = await Assert.ThrowsAsync<AlreadyExistsException>(() =>
            db.Clients.CreateClientsAsync([TestData.Client("new-1"), TestData.Client("taken")], Cancel));

        Assert.Equal("municipalities/GM0268/clients/taken", error.Resource);
        Assert.Equal(1, await CountAsync(db, "clients"));
        Assert.Equal(0, await CountAsync(db, "client_area_wishes"));
    }

    [Fact]
    public async Task UpdateClientsIfVersion_OneStale_WritesNone_NotEvenTheLists()
    {
        var db = await OpenAsync();
        await db.Clients.CreateClientsAsync([TestData.Client("c-1"), TestData.Client("c-2")], Cancel);
        Assert.True(await db.Clients.UpdateClientAsync(TestData.Client("c-2", status: ClientStatus.Withdrawn), Cancel));
        var bare = (string reference) => new Client(Ref(reference), TestData.Nijmegen, 1, IncomeBand.WithinPassendToewijzen, new DateOnly(2026, 1, 1),
            HousingWishes.None, Needs.None, RecoveryConstraints.None, ConsentScope.None, null, ClientStatus.Waiting);

        var outcomes = await db.Clients.UpdateClientsIfVersionAsync([new Versioned<Client>(bare("c-1"), 1), new Versioned<Client>(bare("c-2"), 1)], Cancel);

        Assert.Equal([UpdateOutcome.Updated, UpdateOutcome.Stale], outcomes);
        Assert.Equal(TestData.Client("c-1"), await db.Clients.GetClientAsync(TestData.Nijmegen, Ref("c-1"), Cancel));
        Assert.Equal(6, await CountAsync(db, "client_area_wishes"));

        var written = await db.Clients.UpdateClientsIfVersionAsync([new Versioned<Client>(bare("c-1"), 1), new Versioned<Client>(bare("c-2"), 2)], Cancel);
        Assert.Equal([UpdateOutcome.Updated, UpdateOutcome.Updated], written);
        Assert.Equal(0, await CountAsync(db, "client_area_wishes"));
    }

    [Fact]
    public async Task DeleteClients_OneMissing_DeletesNone()
    {
        var db = await OpenAsync();
        await db.Clients.CreateClientsAsync([TestData.Client("c-1"), TestData.Client("c-2")], Cancel);

        Assert.Equal([Ref("c-9")], await db.Clients.DeleteClientsAsync(TestData.Nijmegen, [Ref("c-1"), Ref("c-9")], Cancel));
        Assert.Equal(2, await CountAsync(db, "clients"));

        Assert.Empty(await db.Clients.DeleteClientsAsync(TestData.Nijmegen, [Ref("c-1"), Ref("c-2")], Cancel));
        Assert.Equal(0, await CountAsync(db, "clients"));
        Assert.Equal(0, await CountAsync(db, "client_area_wishes"));
    }
}

public sealed class BatchWriteTestsSqlite() : BatchWriteTests(new SqliteTestStore());

public sealed class BatchWriteTestsSqlServer() : BatchWriteTests(new SqlServerTestStore());

/// <summary>The bulk insert's statements in the SQL Server dialect, at the most rows one statement takes, parse as T-SQL.</summary>
public sealed class BulkInsertStatementTests
{
    public static TheoryData<string> SingleRowInserts() => ["InsertUnit", "InsertClient", "InsertClientSupportAnchor"];

    [Theory]
    [MemberData(nameof(SingleRowInserts))]
    public void InsertRows_AtTheDialectsLimits_ParsesAsTSql_AndStaysUnderTheParameterLimit(string insert)
    {
        // The table and columns of the single-row INSERT the bulk insert replaces.
        var single = new SqlStatements(SqlServerDialect.Instance).All().Single(s => s.Key == insert).Value;
        var table = single.Split(' ')[2];
        var columns = single[(single.IndexOf('(', StringComparison.Ordinal) + 1)..single.IndexOf(')', StringComparison.Ordinal)].Split(", ");
        var rows = Math.Min(SqlServerDialect.Instance.MaxRowsPerInsert, SqlServerDialect.Instance.MaxParametersPerStatement / columns.Length);
        var sql = SqlText.InsertRows(table, columns, rows);

        new TSql160Parser(true).Parse(new StringReader(sql), out var errors);

        Assert.Empty(errors);
        Assert.True(rows * columns.Length <= 2_100, $"{rows} rows of {columns.Length} columns");
        Assert.EndsWith($"{SqlText.RowParam(columns[^1], rows - 1)})", sql, StringComparison.Ordinal);
    }
}
