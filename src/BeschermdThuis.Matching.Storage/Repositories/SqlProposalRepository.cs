using System.Data.Common;
using BeschermdThuis.Matching.Domain.Audit;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Storage.Mapping;
using BeschermdThuis.Matching.Storage.Rows;
using Dapper;
using static BeschermdThuis.Matching.Storage.Repositories.SqlDatabase;

namespace BeschermdThuis.Matching.Storage.Repositories;

/// <summary>
/// Proposals and pair overrides; every write appends its audit entry in its own transaction. The unique indexes of
/// migration 6 refuse a second active proposal for a client or a unit, whoever writes it.
/// </summary>
internal sealed class SqlProposalRepository(SqlDatabase db) : IProposalRepository
{
    public async Task CreateProposalAsync(Proposal proposal, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(audit);
        try
        {
            await db.WriteAsync(async (connection, transaction) =>
            {
                await connection.ExecuteAsync(Command(db.Sql.InsertProposal, ProposalRow.From(proposal), cancellationToken, transaction));
                await SqlAuditTrail.AppendAsync(db, connection, transaction, audit, cancellationToken);
            }, cancellationToken);
        }
        catch (Exception e) when (db.Dialect.IsUniqueViolation(e))
        {
            throw Conflict(proposal, e);
        }
    }

    public Task<Versioned<Proposal>?> GetProposalAsync(string regionId, string proposalId, CancellationToken cancellationToken = default) =>
        db.ReadAsync(async connection =>
            await connection.QuerySingleOrDefaultAsync<ProposalRow>(
                Command(db.Sql.SelectProposal, new { RegionId = regionId, ProposalId = proposalId }, cancellationToken)) is { } row
                ? Versioned(row)
                : null,
            cancellationToken);

    public Task<Page<Versioned<Proposal>>> ListProposalsAsync(
        string regionId, ProposalFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var take = Take(page);
        var parameters = new
        {
            RegionId = regionId,
            State = (int?)filter.State,
            MunicipalityCode = filter.Municipality?.Value,
            ClientRef = filter.Client?.Value,
            filter.CorporationId,
            filter.UnitId,
            page.After,
            Take = take,
        };
        return db.ReadAsync(async connection =>
        {
            var rows = (await connection.QueryAsync<ProposalRow>(Command(db.Sql.SelectProposalsPage, parameters, cancellationToken))).ToList();
            var (kept, next) = Cut(rows, page, r => r.ProposalId);
            return new Page<Versioned<Proposal>>([.. kept.Select(Versioned)], next);
        }, cancellationToken);
    }

    public async Task<UpdateOutcome> UpdateProposalIfVersionAsync(
        Proposal proposal, long expectedVersion, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(audit);
        try
        {
            return await db.UpdateIfVersionAsync(
                db.Sql.UpdateProposalIfVersion, db.Sql.SelectProposalVersion, ProposalRow.From(proposal), expectedVersion,
                async (connection, transaction) =>
                {
                    if (proposal.State == ProposalState.TenancySigned)
                    {
                        await SignAsync(connection, transaction, proposal, cancellationToken);
                    }
                    await SqlAuditTrail.AppendAsync(db, connection, transaction, audit, cancellationToken);
                },
                cancellationToken);
        }
        catch (Exception e) when (db.Dialect.IsUniqueViolation(e))
        {
            // Every move leads from an active state to another or to a final one, so only a create can meet the
            // indexes; a proposal stored by hand in a final state and moved back would.
            throw Conflict(proposal, e);
        }
    }

    public Task<IReadOnlyList<Versioned<Proposal>>> ListOverdueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        return db.ReadAsync<IReadOnlyList<Versioned<Proposal>>>(async connection =>
            [.. (await connection.QueryAsync<ProposalRow>(
                Command(db.Sql.SelectOverdueProposals, new { Now = StorageFormats.Instant(now), Take = max }, cancellationToken))).Select(Versioned)],
            cancellationToken);
    }

    public Task<IReadOnlyList<Proposal>> ListProposalsInStatesAsync(
        string regionId, IReadOnlyCollection<ProposalState> states, CancellationToken cancellationToken = default) =>
        ListInStatesAsync(db.Sql.SelectProposalsInState, regionId, states, cancellationToken);

    public Task<IReadOnlyList<Proposal>> ListUnliftedProposalsInStatesAsync(
        string regionId, IReadOnlyCollection<ProposalState> states, CancellationToken cancellationToken = default) =>
        ListInStatesAsync(db.Sql.SelectUnliftedProposalsInState, regionId, states, cancellationToken);

    private Task<IReadOnlyList<Proposal>> ListInStatesAsync(
        string sql, string regionId, IReadOnlyCollection<ProposalState> states, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(states);
        // One indexed query per state (there are at most ten) instead of a list parameter, which SQL Server cannot
        // take as one; merged in id order.
        return db.ReadAsync<IReadOnlyList<Proposal>>(async connection =>
        {
            var rows = new List<ProposalRow>();
            foreach (var state in states.Distinct())
            {
                rows.AddRange(await connection.QueryAsync<ProposalRow>(
                    Command(sql, new { RegionId = regionId, State = (int)state }, cancellationToken)));
            }
            return [.. rows.OrderBy(r => r.ProposalId, StringComparer.Ordinal).Select(r => r.ToDomain())];
        }, cancellationToken);
    }

    public Task CreatePairOverrideAsync(PairOverride pairOverride, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pairOverride);
        ArgumentNullException.ThrowIfNull(audit);
        return db.WriteAsync(async (connection, transaction) =>
        {
            var row = PairOverrideRow.From(pairOverride);
            await connection.ExecuteAsync(Command(db.Sql.InsertPairOverride, row, cancellationToken, transaction));
            await connection.ExecuteAsync(Command(db.Sql.LiftPairExclusions, row, cancellationToken, transaction));
            await SqlAuditTrail.AppendAsync(db, connection, transaction, audit, cancellationToken);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<PairOverride>> ListPairOverridesAsync(string regionId, CancellationToken cancellationToken = default) =>
        db.ReadAsync<IReadOnlyList<PairOverride>>(async connection =>
            [.. (await connection.QueryAsync<PairOverrideRow>(
                Command(db.Sql.SelectPairOverrides, new { RegionId = regionId }, cancellationToken))).Select(r => r.ToDomain())],
            cancellationToken);

    private static Versioned<Proposal> Versioned(ProposalRow row) => new(row.ToDomain(), row.Version);

    // A missing client or unit row (deleted by hand) does not stop the signing: the proposal keeps the history.
    private async Task SignAsync(DbConnection connection, DbTransaction transaction, Proposal proposal, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(Command(db.Sql.UpdateClientStatus,
            new { MunicipalityCode = proposal.Municipality.Value, ClientRef = proposal.Client.Value, Status = (int)ClientStatus.Housed },
            cancellationToken, transaction));
        await connection.ExecuteAsync(Command(db.Sql.UpdateUnitStatus,
            new { proposal.CorporationId, proposal.UnitId, Status = (int)UnitStatus.Let }, cancellationToken, transaction));
    }

    /// <summary>Names what the database refused: the unit's or the client's active proposal, or an id already used.</summary>
    private static Exception Conflict(Proposal proposal, Exception violation)
    {
        var message = violation.Message;
        var unit = $"unit corporations/{proposal.CorporationId}/units/{proposal.UnitId}";
        var client = $"client municipalities/{proposal.Municipality}/clients/{proposal.Client}";
        if (message.Contains("ux_proposals_active_unit", StringComparison.Ordinal) || message.Contains("proposals.unit_id", StringComparison.Ordinal))
        {
            return new ActiveProposalExistsException($"{unit} already has an active proposal");
        }
        if (message.Contains("ux_proposals_active_client", StringComparison.Ordinal) || message.Contains("proposals.client_ref", StringComparison.Ordinal))
        {
            return new ActiveProposalExistsException($"{client} already has an active proposal");
        }
        if (message.Contains("proposals.proposal_id", StringComparison.Ordinal) || message.Contains("PRIMARY KEY", StringComparison.Ordinal))
        {
            return new AlreadyExistsException($"regions/{proposal.RegionId}/proposals/{proposal.Id}");
        }
        return new ActiveProposalExistsException($"the {unit} or the {client} already has an active proposal");
    }
}
