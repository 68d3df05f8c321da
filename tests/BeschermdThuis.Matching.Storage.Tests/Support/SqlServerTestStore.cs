using Microsoft.Data.SqlClient;

namespace BeschermdThuis.Matching.Storage.Tests.Support;

/// <summary>
/// A fresh database on the SQL Server named by <c>BESCHERMDTHUIS_SQLSERVER</c>, dropped when the test ends.
/// Without that variable every test that asks for it is skipped.
/// </summary>
public sealed class SqlServerTestStore : ITestStore
{
    public const string EnvironmentVariable = "BESCHERMDTHUIS_SQLSERVER";

    private string? _server;
    private string? _database;

    public async Task<StorageOptions> PrepareAsync()
    {
        _server = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(_server))
        {
            Assert.Skip($"{EnvironmentVariable} is not set: SQL Server tests need a connection string");
        }
        _database = $"beschermdthuis_test_{Guid.NewGuid():N}";
        await ExecuteOnServerAsync($"CREATE DATABASE [{_database}]");
        var builder = new SqlConnectionStringBuilder(_server) { InitialCatalog = _database };
        return StorageOptions.SqlServer(builder.ToString());
    }

    public string FailingInsertTrigger(string table) =>
        $"CREATE TRIGGER fail_{table} ON {table} AFTER INSERT AS THROW 50000, 'insert into {table} refused by test', 1;";

    public async ValueTask DisposeAsync()
    {
        if (_database is null)
        {
            return;
        }
        SqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"ALTER DATABASE [{_database}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{_database}]");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        var builder = new SqlConnectionStringBuilder(_server) { InitialCatalog = "master" };
        await using var connection = new SqlConnection(builder.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
