using System.Data.Common;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Storage.Dialects;
using Dapper;

namespace BeschermdThuis.Matching.Storage.Repositories;

/// <summary>
/// What every repository shares: the dialect, its statements and a fresh connection per operation.
/// Writes run in one transaction, so a write that fails halfway leaves nothing behind.
/// </summary>
internal sealed class SqlDatabase(ISqlDialect dialect, string connectionString)
{
    public ISqlDialect Dialect { get; } = dialect;

    public SqlStatements Sql { get; } = new(dialect);

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = Dialect.CreateConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (Dialect.OpenConnection is { } open)
            {
                await connection.ExecuteAsync(Command(open, null, cancellationToken));
            }
            // A pooled SQLite connection has been seen (about once in five suite runs, 32 parallel updates of one row)
            // to come back still inside a transaction, so the next BEGIN failed with "cannot start a transaction within a
            // transaction". Whatever its last user left open was not committed and is no one's work: roll it back.
            if (Dialect.IsInTransaction(connection))
            {
                await connection.ExecuteAsync(Command("ROLLBACK", null, cancellationToken));
            }
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await read(connection);
    }

    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await write(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public Task WriteAsync(Func<DbConnection, DbTransaction, Task> write, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
        {
            await write(connection, transaction);
            return true;
        }, cancellationToken);

    /// <summary>Runs writes in one transaction and commits them only when <paramref name="commit"/> holds for their result.</summary>
    public async Task<T> WriteIfAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, Func<T, bool> commit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await write(connection, transaction);
        if (commit(result))
        {
            await transaction.CommitAsync(cancellationToken);
        }
        else
        {
            await transaction.RollbackAsync(cancellationToken);
        }
        return result;
    }

    /// <summary>
    /// Runs a create of many resources in one transaction; a duplicate key rolls all of it back and becomes
    /// <see cref="AlreadyExistsException"/> naming the first resource <paramref name="findTaken"/> finds taken.
    /// </summary>
    public async Task CreateManyAsync(
        Func<DbConnection, DbTransaction, Task> write, Func<DbConnection, Task<string?>> findTaken, CancellationToken cancellationToken)
    {
        try
        {
            await WriteAsync(write, cancellationToken);
        }
        catch (Exception e) when (Dialect.IsUniqueViolation(e))
        {
            var taken = await ReadAsync(findTaken, cancellationToken);
            throw new AlreadyExistsException(taken ?? "one of the batch's resources");
        }
    }

    /// <summary>Runs a create; a duplicate key becomes <see cref="AlreadyExistsException"/> naming the resource.</summary>
    public async Task CreateAsync(string resource, Func<DbConnection, DbTransaction, Task> write, CancellationToken cancellationToken)
    {
        try
        {
            await WriteAsync(write, cancellationToken);
        }
        catch (Exception e) when (Dialect.IsUniqueViolation(e))
        {
            throw new AlreadyExistsException(resource);
        }
    }

    /// <summary>
    /// Runs a conditional update (<c>… AND version = @ExpectedVersion</c>) and, when it changed the row, the writes that
    /// follow it (child rows), all in one transaction. No row changed: <see cref="UpdateOutcome.NotFound"/> or
    /// <see cref="UpdateOutcome.Stale"/>, told apart by <paramref name="selectVersion"/>, and nothing is written.
    /// </summary>
    public Task<UpdateOutcome> UpdateIfVersionAsync(
        string update, string selectVersion, object row, long expectedVersion, Func<DbConnection, DbTransaction, Task>? then,
        CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
        {
            var outcome = await TryUpdateRowAsync(connection, transaction, update, selectVersion, row, expectedVersion, cancellationToken);
            if (outcome == UpdateOutcome.Updated && then is not null)
            {
                await then(connection, transaction);
            }
            return outcome;
        }, cancellationToken);

    /// <summary>One conditional update inside the caller's transaction (see <see cref="UpdateIfVersionAsync"/>).</summary>
    public static async Task<UpdateOutcome> TryUpdateRowAsync(
        DbConnection connection, DbTransaction transaction, string update, string selectVersion, object row, long expectedVersion,
        CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(row);
        parameters.Add("ExpectedVersion", expectedVersion);
        if (await connection.ExecuteAsync(Command(update, parameters, cancellationToken, transaction)) > 0)
        {
            return UpdateOutcome.Updated;
        }
        var stored = await connection.QuerySingleOrDefaultAsync<long?>(Command(selectVersion, row, cancellationToken, transaction));
        return stored is null ? UpdateOutcome.NotFound : UpdateOutcome.Stale;
    }

    public static CommandDefinition Command(string sql, object? parameters, CancellationToken cancellationToken, DbTransaction? transaction = null) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);

    /// <summary>Parameters of a keyset page: rows after <c>@After</c>, one more than asked to see whether more follow.</summary>
    public static int Take(PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentOutOfRangeException.ThrowIfLessThan(page.Size, 1, nameof(page));
        return checked(page.Size + 1);
    }

    /// <summary>Cuts the extra row off and names the last key of the page when more rows exist.</summary>
    public static (IReadOnlyList<TRow> Rows, string? NextAfter) Cut<TRow>(IReadOnlyList<TRow> rows, PageRequest page, Func<TRow, string> key)
    {
        if (rows.Count <= page.Size)
        {
            return (rows, null);
        }
        var kept = rows.Take(page.Size).ToList();
        return (kept, key(kept[^1]));
    }
}
