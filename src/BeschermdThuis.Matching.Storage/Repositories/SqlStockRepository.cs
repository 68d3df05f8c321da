using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Storage.Rows;
using Dapper;
using static BeschermdThuis.Matching.Storage.Repositories.SqlDatabase;

namespace BeschermdThuis.Matching.Storage.Repositories;

internal sealed partial class SqlStockRepository(SqlDatabase db) : IStockRepository
{
    public Task<HousingCorporation?> GetCorporationAsync(string corporationId, CancellationToken cancellationToken = default) =>
        db.ReadAsync(async connection =>
            (await connection.QuerySingleOrDefaultAsync<CorporationRow>(
                Command(db.Sql.SelectCorporation, new { CorporationId = corporationId }, cancellationToken)))?.ToDomain(),
            cancellationToken);

    public Task<IReadOnlyList<HousingCorporation>> ListCorporationsAsync(CancellationToken cancellationToken = default) =>
        db.ReadAsync<IReadOnlyList<HousingCorporation>>(async connection =>
            [.. (await connection.QueryAsync<CorporationRow>(Command(db.Sql.SelectCorporations, null, cancellationToken))).Select(r => r.ToDomain())],
            cancellationToken);

    public Task SaveCorporationAsync(HousingCorporation corporation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corporation);
        return db.WriteAsync((connection, transaction) =>
            connection.ExecuteAsync(Command(db.Sql.UpsertCorporation, CorporationRow.From(corporation), cancellationToken, transaction)),
            cancellationToken);
    }

    public async Task<HousingUnit?> GetUnitAsync(string corporationId, string unitId, CancellationToken cancellationToken = default) =>
        (await GetVersionedUnitAsync(corporationId, unitId, cancellationToken))?.Value;

    public Task<Versioned<HousingUnit>?> GetVersionedUnitAsync(string corporationId, string unitId, CancellationToken cancellationToken = default) =>
        db.ReadAsync(async connection =>
            await connection.QuerySingleOrDefaultAsync<UnitRow>(
                Command(db.Sql.SelectUnit, new { CorporationId = corporationId, UnitId = unitId }, cancellationToken)) is { } row
                ? new Versioned<HousingUnit>(row.ToDomain(), row.Version)
                : null,
            cancellationToken);

    public Task<Page<Versioned<HousingUnit>>> ListUnitsAsync(string corporationId, PageRequest page, CancellationToken cancellationToken = default)
    {
        var take = Take(page);
        return db.ReadAsync(async connection =>
        {
            var rows = (await connection.QueryAsync<UnitRow>(
                Command(db.Sql.SelectUnitsPage, new { CorporationId = corporationId, page.After, Take = take }, cancellationToken))).ToList();
            var (kept, next) = Cut(rows, page, r => r.UnitId);
            return new Page<Versioned<HousingUnit>>([.. kept.Select(r => new Versioned<HousingUnit>(r.ToDomain(), r.Version))], next);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<HousingUnit>> ListUnitsInRegionAsync(string regionId, UnitStatus status, CancellationToken cancellationToken = default) =>
        db.ReadAsync<IReadOnlyList<HousingUnit>>(async connection =>
            [.. (await connection.QueryAsync<UnitRow>(
                Command(db.Sql.SelectUnitsInRegion, new { RegionId = regionId, Status = (int)status }, cancellationToken))).Select(r => r.ToDomain())],
            cancellationToken);

    public Task CreateUnitAsync(string regionId, HousingUnit unit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return db.CreateAsync($"corporations/{unit.CorporationId}/units/{unit.Id}", (connection, transaction) =>
            connection.ExecuteAsync(Command(db.Sql.InsertUnit, UnitRow.From(regionId, unit), cancellationToken, transaction)),
            cancellationToken);
    }

    public Task<bool> UpdateUnitAsync(HousingUnit unit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return db.WriteAsync(async (connection, transaction) =>
            await connection.ExecuteAsync(Command(db.Sql.UpdateUnit, UnitRow.From("", unit), cancellationToken, transaction)) > 0,
            cancellationToken);
    }

    public Task<UpdateOutcome> UpdateUnitIfVersionAsync(HousingUnit unit, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return db.UpdateIfVersionAsync(
            db.Sql.UpdateUnitIfVersion, db.Sql.SelectUnitVersion, UnitRow.From("", unit), expectedVersion, null, cancellationToken);
    }

    public Task<bool> DeleteUnitAsync(string corporationId, string unitId, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (connection, transaction) =>
            await connection.ExecuteAsync(
                Command(db.Sql.DeleteUnit, new { CorporationId = corporationId, UnitId = unitId }, cancellationToken, transaction)) > 0,
            cancellationToken);
}
