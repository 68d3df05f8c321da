using BeschermdThuis.Matching.Storage.Dialects;
using BeschermdThuis.Matching.Storage.Locking;
using BeschermdThuis.Matching.Storage.Migrations;
using BeschermdThuis.Matching.Storage.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace BeschermdThuis.Matching.Storage.Tests;

/// <summary>
/// Every statement and migration script of both dialects is checked here: the SQL Server texts with Microsoft's
/// T-SQL parser (SQL Server cannot run on this machine), the SQLite texts by preparing them on a migrated file.
/// </summary>
public sealed class SqlStatementTests
{
    // SQL Server 2022 (the oldest supported production version) and the newest grammar the parser knows.
    private static readonly Func<TSqlParser>[] Parsers = [() => new TSql160Parser(true), () => new TSql180Parser(true)];

    public static TheoryData<string> SqlServerStatementNames() =>
        [.. new SqlStatements(SqlServerDialect.Instance).All().Select(s => s.Key)];

    public static TheoryData<string> PreconditionQueryNames() => [.. MigrationPreconditions.Queries.Select(q => q.Key)];

    public static TheoryData<string> SqlServerScriptNames() =>
        [.. MigrationScripts.For(StorageProvider.SqlServer).Select(s => $"{s.Version:0000}_{s.Name}")];

    [Theory]
    [MemberData(nameof(SqlServerScriptNames))]
    public void SqlServerMigrationScript_ParsesWithoutErrors(string script)
    {
        var sql = MigrationScripts.For(StorageProvider.SqlServer).Single(s => $"{s.Version:0000}_{s.Name}" == script).Sql;

        AssertParses(script, sql);
    }

    [Theory]
    [MemberData(nameof(SqlServerScriptNames))]
    public void SqlServerMigrationScript_EveryBatchParsesOnItsOwnAndTriggersStartTheirBatch(string script)
    {
        // The migrator runs a script batch by batch (split at GO lines); SQL Server takes CREATE TRIGGER only first in a batch.
        var batches = MigrationScripts.For(StorageProvider.SqlServer).Single(s => $"{s.Version:0000}_{s.Name}" == script).Batches;

        foreach (var batch in batches)
        {
            AssertParses(script, batch);
            var statements = Parse(batch).Batches.Single().Statements;
            Assert.All(statements.Skip(1), s => Assert.IsNotType<CreateTriggerStatement>(s));
        }
    }

    [Fact]
    public void SqlServerMigration6_HasTheTwoAppendOnlyTriggersInBatchesOfTheirOwn()
    {
        var batches = MigrationScripts.For(StorageProvider.SqlServer).Single(s => s.Version == 6).Batches;

        Assert.Equal(3, batches.Count);
        Assert.Equal(["pair_overrides_no_delete", "audit_entries_append_only"],
            batches.Skip(1).Select(b => Assert.IsType<CreateTriggerStatement>(Parse(b).Batches.Single().Statements.Single()).Name.BaseIdentifier.Value));
    }

    [Theory]
    [InlineData(SqlServerMatchLock.GetAppLock)]
    [InlineData(SqlServerMatchLock.ReleaseAppLock)]
    [InlineData(SqlServerDialect.AuditAppendLock)]
    public void SqlServerLockStatement_ParsesWithoutErrors(string sql) => AssertParses("lock", sql);

    [Theory]
    [MemberData(nameof(SqlServerStatementNames))]
    public void SqlServerStatement_ParsesWithoutErrors(string name)
    {
        var sql = new SqlStatements(SqlServerDialect.Instance).All().Single(s => s.Key == name).Value;

        AssertParses(name, sql);
    }

    [Theory]
    [MemberData(nameof(PreconditionQueryNames))]
    public void MigrationPreconditionQuery_ParsesAsTSql(string name) =>
        AssertParses(name, MigrationPreconditions.Queries.Single(q => q.Key == name).Value);

    [Fact]
    public void Parser_RejectsBrokenSql()
    {
        // Proves the check above can fail: the same parser call on a broken statement reports errors.
        foreach (var create in Parsers)
        {
            create().Parse(new StringReader("SELECT region_id FROM regions WHERE ORDER BY region_id"), out var errors);
            Assert.NotEmpty(errors);
        }
    }

    [Fact]
    public void BothDialects_HaveTheSameStatementsAndScripts()
    {
        var sqlite = new SqlStatements(SqliteDialect.Instance).All();
        var sqlServer = new SqlStatements(SqlServerDialect.Instance).All();

        Assert.True(sqlite.Count > 50, $"only {sqlite.Count} statements enumerated");
        Assert.Equal(sqlite.Select(s => s.Key), sqlServer.Select(s => s.Key));
        Assert.Equal(
            MigrationScripts.For(StorageProvider.Sqlite).Select(s => (s.Version, s.Name)),
            MigrationScripts.For(StorageProvider.SqlServer).Select(s => (s.Version, s.Name)));
    }

    [Fact]
    public async Task SqliteStatements_EveryOne_PreparesOnAMigratedFile()
    {
        await using var store = new SqliteTestStore();
        var options = await store.PrepareAsync();
        await using var db = await MatchingDatabase.OpenAsync(options, TestContext.Current.CancellationToken);
        await using var connection = (SqliteConnection)db.Dialect.CreateConnection(options.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);

        var failures = new List<string>();
        // The first entry proves the check can fail: an unknown column must not prepare.
        foreach (var (name, sql) in db.Statements.All().Concat(MigrationPreconditions.Queries).Prepend(new("broken", "SELECT no_such_column FROM regions")))
        {
            try
            {
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                // Preparing compiles the statement: unknown tables, columns or syntax errors fail here.
                command.Prepare();
            }
            catch (SqliteException e)
            {
                failures.Add($"{name}: {e.Message}");
            }
        }

        Assert.StartsWith("broken: ", Assert.Single(failures));
    }

    private static TSqlScript Parse(string sql) => (TSqlScript)new TSql160Parser(true).Parse(new StringReader(sql), out _);

    private static void AssertParses(string name, string sql)
    {
        foreach (var create in Parsers)
        {
            var parser = create();
            parser.Parse(new StringReader(sql), out var errors);
            Assert.True(errors.Count == 0,
                $"{parser.GetType().Name} cannot parse {name}:\n"
                + string.Join("\n", errors.Select(e => $"  line {e.Line}, column {e.Column}: {e.Message}")) + "\n" + sql);
        }
    }
}
