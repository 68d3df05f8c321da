using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Storage.Rows;
using Dapper;
using static BeschermdThuis.Matching.Storage.Repositories.SqlDatabase;

namespace BeschermdThuis.Matching.Storage.Repositories;

internal sealed class SqlStockRepository(SqlDatabase db) : IStockRepository
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

    public Task<HousingUnit?> GetUnitAsync(string corporationId, string unitId, CancellationToken cancellationToken = default) =>
        db.ReadAsync(async connection =>
            (await connection.QuerySingleOrDefaultAsync<UnitRow>(
                Command(db.Sql.SelectUnit, new { CorporationId = corporationId, UnitId = unitId }, cancellationToken)))?.ToDomain(),
            cancellationToken);

    public Task<Page<HousingUnit>> ListUnitsAsync(string corporationId, PageRequest page, CancellationToken cancellationToken = default)
    {
        var take = Take(page);
        return db.ReadAsync(async connection =>
        {
            var rows = (await connection.QueryAsync<UnitRow>(
                Command(db.Sql.SelectUnitsPage, new { CorporationId = corporationId, page.After, Take = take }, cancellationToken))).ToList();
            var (kept, next) = Cut(rows, page, r => r.UnitId);
            return new Page<HousingUnit>([.. kept.Select(r => r.ToDomain())], next);
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

    public Task<bool> DeleteUnitAsync(string corporationId, string unitId, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (connection, transaction) =>
            await connection.ExecuteAsync(
                Command(db.Sql.DeleteUnit, new { CorporationId = corporationId, UnitId = unitId }, cancellationToken, transaction)) > 0,
            cancellationToken);
}
