using System.Data.Common;
using System.Globalization;
using BeschermdThuis.Matching.Domain.Audit;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Storage.Rows;
using Dapper;
using static BeschermdThuis.Matching.Storage.Repositories.SqlDatabase;

namespace BeschermdThuis.Matching.Storage.Repositories;

/// <summary>The audit trail: insert and select only (the database refuses UPDATE and DELETE on it with triggers).</summary>
internal sealed class SqlAuditTrail(SqlDatabase db) : IAuditTrail
{
    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return db.WriteAsync((connection, transaction) => AppendAsync(db, connection, transaction, entry, cancellationToken), cancellationToken);
    }

    /// <summary>Appends <paramref name="entry"/> inside the caller's transaction, so a change and its audit line commit together.</summary>
    internal static async Task AppendAsync(SqlDatabase db, DbConnection connection, DbTransaction transaction, AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (db.Dialect.BeforeAuditAppend is { } turn)
        {
            await connection.ExecuteAsync(Command(turn, null, cancellationToken, transaction));
        }
        await connection.ExecuteAsync(Command(db.Sql.InsertAuditEntry, AuditEntryRow.From(entry), cancellationToken, transaction));
    }

    public Task<long> LatestSequenceAsync(string regionId, CancellationToken cancellationToken = default) =>
        db.ReadAsync(connection => connection.ExecuteScalarAsync<long>(Command(db.Sql.SelectLatestAuditSequence, new { RegionId = regionId }, cancellationToken)),
            cancellationToken);

    public Task<Page<AuditEntry>> ListAuditEntriesAsync(string regionId, AuditQuery query, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var take = Take(page);
        long? after = null;
        if (page.After is not null)
        {
            after = long.TryParse(page.After, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
                ? sequence
                : throw new ArgumentException($"'{page.After}' is not the sequence of an audit entry", nameof(page));
        }
        var parameters = new
        {
            RegionId = regionId,
            query.ProposalId,
            ProposalKind = (int)AuditSubjectKind.Proposal,
            query.ClientPseudonym,
            query.CorporationId,
            query.UnitId,
            After = after,
            Take = take,
        };
        return db.ReadAsync(async connection =>
        {
            var rows = (await connection.QueryAsync<AuditEntryRow>(Command(db.Sql.SelectAuditEntriesPage, parameters, cancellationToken))).ToList();
            var (kept, next) = Cut(rows, page, r => r.Sequence.ToString(CultureInfo.InvariantCulture));
            return new Page<AuditEntry>([.. kept.Select(r => r.ToDomain())], next);
        }, cancellationToken);
    }
}
