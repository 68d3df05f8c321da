using BeschermdThuis.Matching.Domain.Agreements;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Storage.Rows;
using Dapper;
using static BeschermdThuis.Matching.Storage.Repositories.SqlDatabase;

namespace BeschermdThuis.Matching.Storage.Repositories;

internal sealed class SqlAgreementRepository(SqlDatabase db) : IAgreementRepository
{
    public async Task<PerformanceAgreement?> GetAgreementAsync(string regionId, string agreementId, CancellationToken cancellationToken = default) =>
        (await GetVersionedAgreementAsync(regionId, agreementId, cancellationToken))?.Value;

    public Task<Versioned<PerformanceAgreement>?> GetVersionedAgreementAsync(
        string regionId, string agreementId, CancellationToken cancellationToken = default) =>
        db.ReadAsync(async connection =>
            await connection.QuerySingleOrDefaultAsync<AgreementRow>(
                Command(db.Sql.SelectAgreement, new { RegionId = regionId, AgreementId = agreementId }, cancellationToken)) is { } row
                ? new Versioned<PerformanceAgreement>(row.ToDomain(), row.Version)
                : null,
            cancellationToken);

    public async Task<IReadOnlyList<PerformanceAgreement>> ListAgreementsAsync(string regionId, CancellationToken cancellationToken = default) =>
        [.. (await ListVersionedAgreementsAsync(regionId, cancellationToken)).Select(v => v.Value)];

    public Task<IReadOnlyList<Versioned<PerformanceAgreement>>> ListVersionedAgreementsAsync(string regionId, CancellationToken cancellationToken = default) =>
        db.ReadAsync<IReadOnlyList<Versioned<PerformanceAgreement>>>(async connection =>
            [.. (await connection.QueryAsync<AgreementRow>(
                Command(db.Sql.SelectAgreements, new { RegionId = regionId }, cancellationToken))).Select(r => new Versioned<PerformanceAgreement>(r.ToDomain(), r.Version))],
            cancellationToken);

    public Task<Page<PerformanceAgreement>> ListAgreementsAsync(string regionId, PageRequest page, CancellationToken cancellationToken = default)
    {
        var take = Take(page);
        return db.ReadAsync(async connection =>
        {
            var rows = (await connection.QueryAsync<AgreementRow>(
                Command(db.Sql.SelectAgreementsPage, new { RegionId = regionId, page.After, Take = take }, cancellationToken))).ToList();
            var (kept, next) = Cut(rows, page, r => r.AgreementId);
            return new Page<PerformanceAgreement>([.. kept.Select(r => r.ToDomain())], next);
        }, cancellationToken);
    }

    public Task CreateAgreementAsync(string regionId, PerformanceAgreement agreement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return db.CreateAsync($"regions/{regionId}/agreements/{agreement.Id}", (connection, transaction) =>
            connection.ExecuteAsync(Command(db.Sql.InsertAgreement, AgreementRow.From(regionId, agreement), cancellationToken, transaction)),
            cancellationToken);
    }

    public Task<bool> UpdateAgreementAsync(string regionId, PerformanceAgreement agreement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return db.WriteAsync(async (connection, transaction) =>
            await connection.ExecuteAsync(Command(db.Sql.UpdateAgreement, AgreementRow.From(regionId, agreement), cancellationToken, transaction)) > 0,
            cancellationToken);
    }

    public Task<UpdateOutcome> UpdateAgreementIfVersionAsync(
        string regionId, PerformanceAgreement agreement, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return db.UpdateIfVersionAsync(db.Sql.UpdateAgreementIfVersion, db.Sql.SelectAgreementVersion,
            AgreementRow.From(regionId, agreement), expectedVersion, null, cancellationToken);
    }

    public Task<bool> DeleteAgreementAsync(string regionId, string agreementId, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (connection, transaction) =>
            await connection.ExecuteAsync(Command(db.Sql.DeleteAgreement,
                new { RegionId = regionId, AgreementId = agreementId }, cancellationToken, transaction)) > 0,
            cancellationToken);
}
