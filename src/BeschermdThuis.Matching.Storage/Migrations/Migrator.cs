using System.Globalization;
using BeschermdThuis.Matching.Storage.Repositories;
using Dapper;
using static BeschermdThuis.Matching.Storage.Repositories.SqlDatabase;

namespace BeschermdThuis.Matching.Storage.Migrations;

/// <summary>
/// Brings the schema up to date: each script whose version is not in <c>schema_version</c> runs, in order, in its
/// own transaction together with the row that records it, so a failed script leaves the previous version intact.
/// A script whose <see cref="MigrationPreconditions"/> are not met fails the same way, with a message that says why.
/// </summary>
internal static class Migrator
{
    public static async Task<IReadOnlyList<int>> RunAsync(SqlDatabase db, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using (var connection = await db.OpenAsync(cancellationToken))
        {
            if (db.Dialect.OpenDatabase is { } open)
            {
                await connection.ExecuteAsync(Command(open, null, cancellationToken));
            }
            await connection.ExecuteAsync(Command(db.Sql.CreateVersionTable, null, cancellationToken));
        }

        var applied = new List<int>();
        foreach (var script in MigrationScripts.For(db.Dialect.Provider))
        {
            var ran = await db.WriteAsync(async (connection, transaction) =>
            {
                var versions = await connection.QueryAsync<int>(Command(db.Sql.SelectAppliedVersions, null, cancellationToken, transaction));
                if (versions.Contains(script.Version))
                {
                    return false;
                }
                await MigrationPreconditions.CheckAsync(script, connection, transaction, cancellationToken);
                foreach (var batch in script.Batches)
                {
                    await connection.ExecuteAsync(Command(batch, null, cancellationToken, transaction));
                }
                await connection.ExecuteAsync(Command(db.Sql.InsertVersion, new
                {
                    script.Version,
                    script.Name,
                    AppliedAt = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
                }, cancellationToken, transaction));
                return true;
            }, cancellationToken);
            if (ran)
            {
                applied.Add(script.Version);
            }
        }
        return applied;
    }
}
