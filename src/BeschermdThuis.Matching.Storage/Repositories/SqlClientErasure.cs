using BeschermdThuis.Matching.Domain.Repositories;
using Dapper;
using static BeschermdThuis.Matching.Storage.Repositories.SqlDatabase;

namespace BeschermdThuis.Matching.Storage.Repositories;

internal sealed class SqlClientErasure(SqlDatabase db) : IClientErasure
{
    public Task<bool> EraseClientAsync(ClientErasure erasure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        var key = new { MunicipalityCode = erasure.Municipality.Value, ClientRef = erasure.Client.Value, erasure.Pseudonym };
        return db.WriteAsync(async (connection, transaction) =>
        {
            // The child rows (wishes, avoided areas, anchors) go with the client through ON DELETE CASCADE.
            if (await connection.ExecuteAsync(Command(db.Sql.DeleteClient, key, cancellationToken, transaction)) == 0)
            {
                return false;
            }
            await connection.ExecuteAsync(Command(db.Sql.PseudonymiseProposals, key, cancellationToken, transaction));
            await connection.ExecuteAsync(Command(db.Sql.PseudonymisePairOverrides, key, cancellationToken, transaction));
            foreach (var run in erasure.Runs)
            {
                await connection.ExecuteAsync(Command(db.Sql.ReplaceMatchRunDocuments, run, cancellationToken, transaction));
            }
            await SqlAuditTrail.AppendAsync(db, connection, transaction, erasure.Audit, cancellationToken);
            return true;
        }, cancellationToken);
    }
}
