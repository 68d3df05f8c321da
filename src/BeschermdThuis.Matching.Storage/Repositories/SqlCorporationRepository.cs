using System.Data.Common;
using BeschermdThuis.Matching.Domain.Audit;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Storage.Rows;
using Dapper;
using static BeschermdThuis.Matching.Storage.Repositories.SqlDatabase;

namespace BeschermdThuis.Matching.Storage.Repositories;

internal sealed class SqlCorporationRepository(SqlDatabase db) : ICorporationRepository
{
    public Task<Versioned<HousingCorporation>?> GetCorporationAsync(string regionId, string corporationId, CancellationToken cancellationToken = default) =>
        db.ReadAsync(async connection =>
        {
            var row = await connection.QuerySingleOrDefaultAsync<CorporationRow>(
                Command(db.Sql.SelectRegionCorporation, new { RegionId = regionId, CorporationId = corporationId }, cancellationToken));
            if (row is null)
            {
                return null;
            }
            var municipalities = await connection.QueryAsync<CorporationMunicipalityRow>(
                Command(db.Sql.SelectCorporationMunicipalities, new { CorporationId = corporationId }, cancellationToken));
            return new Versioned<HousingCorporation>(row.ToDomain(municipalities), row.Version);
        }, cancellationToken);

    public Task<Page<Versioned<HousingCorporation>>> ListCorporationsAsync(string regionId, PageRequest page, CancellationToken cancellationToken = default)
    {
        var take = Take(page);
        return db.ReadAsync(async connection =>
        {
            var rows = (await connection.QueryAsync<CorporationRow>(
                Command(db.Sql.SelectRegionCorporationsPage, new { RegionId = regionId, page.After, Take = take }, cancellationToken))).ToList();
            var (kept, next) = Cut(rows, page, r => r.CorporationId);
            var municipalities = (await connection.QueryAsync<CorporationMunicipalityRow>(
                Command(db.Sql.SelectRegionCorporationMunicipalities, new { RegionId = regionId }, cancellationToken))).ToLookup(m => m.CorporationId);
            return new Page<Versioned<HousingCorporation>>(
                [.. kept.Select(r => new Versioned<HousingCorporation>(r.ToDomain(municipalities[r.CorporationId]), r.Version))], next);
        }, cancellationToken);
    }

    public Task CreateCorporationAsync(string regionId, HousingCorporation corporation, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corporation);
        return db.CreateAsync($"regions/{regionId}/corporations/{corporation.Id}", async (connection, transaction) =>
        {
            await connection.ExecuteAsync(Command(db.Sql.InsertRegionCorporation, CorporationRow.From(corporation, regionId), cancellationToken, transaction));
            await WriteMunicipalitiesAsync(connection, transaction, corporation, cancellationToken);
            await SqlAuditTrail.AppendAsync(db, connection, transaction, audit, cancellationToken);
        }, cancellationToken);
    }

    public Task<UpdateOutcome> UpdateCorporationIfVersionAsync(
        string regionId, HousingCorporation corporation, long expectedVersion, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corporation);
        return db.UpdateIfVersionAsync(db.Sql.UpdateRegionCorporationIfVersion, db.Sql.SelectRegionCorporationVersion,
            CorporationRow.From(corporation, regionId), expectedVersion,
            async (connection, transaction) =>
            {
                await WriteMunicipalitiesAsync(connection, transaction, corporation, cancellationToken);
                await SqlAuditTrail.AppendAsync(db, connection, transaction, audit, cancellationToken);
            }, cancellationToken);
    }

    public Task SaveCorporationAsync(string regionId, HousingCorporation corporation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corporation);
        return db.WriteAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync(Command(db.Sql.UpsertRegionCorporation, CorporationRow.From(corporation, regionId), cancellationToken, transaction));
            await WriteMunicipalitiesAsync(connection, transaction, corporation, cancellationToken);
        }, cancellationToken);
    }

    private async Task WriteMunicipalitiesAsync(DbConnection connection, DbTransaction transaction, HousingCorporation corporation, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(Command(db.Sql.DeleteCorporationMunicipalities, new { CorporationId = corporation.Id }, cancellationToken, transaction));
        var rows = CorporationMunicipalityRow.From(corporation);
        if (rows.Count > 0)
        {
            await connection.ExecuteAsync(Command(db.Sql.InsertCorporationMunicipality, rows, cancellationToken, transaction));
        }
    }
}
