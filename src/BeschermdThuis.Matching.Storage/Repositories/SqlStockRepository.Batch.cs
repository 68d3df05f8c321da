using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Storage.Mapping;
using BeschermdThuis.Matching.Storage.Rows;
using Dapper;
using static BeschermdThuis.Matching.Storage.Repositories.SqlDatabase;

namespace BeschermdThuis.Matching.Storage.Repositories;

/// <summary>The batch writes of units: each in one transaction, all rows or none.</summary>
internal sealed partial class SqlStockRepository
{
    private static readonly string[] UnitInsertColumns = [.. Tables.Units.Key, "region_id", .. Tables.Units.Values];

    public Task CreateUnitsAsync(string regionId, IReadOnlyList<HousingUnit> units, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(units);
        return db.CreateManyAsync(
            (connection, transaction) => BulkInsert.InsertAsync(
                connection, transaction, db.Dialect, Tables.Units.Name, UnitInsertColumns, units.Select(u => UnitRow.From(regionId, u)).ToList(), cancellationToken),
            async connection =>
            {
                foreach (var unit in units)
                {
                    var command = Command(db.Sql.CountUnitId, new { RegionId = regionId, UnitId = unit.Id }, cancellationToken);
                    if (await connection.ExecuteScalarAsync<long>(command) > 0)
                    {
                        return $"corporations/{unit.CorporationId}/units/{unit.Id}";
                    }
                }
                return null;
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<UpdateOutcome>> UpdateUnitsIfVersionAsync(IReadOnlyList<Versioned<HousingUnit>> units, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(units);
        return db.WriteIfAsync<IReadOnlyList<UpdateOutcome>>(async (connection, transaction) =>
        {
            var outcomes = new List<UpdateOutcome>(units.Count);
            foreach (var unit in units)
            {
                outcomes.Add(await TryUpdateRowAsync(connection, transaction, db.Sql.UpdateUnitIfVersion, db.Sql.SelectUnitVersion,
                    UnitRow.From("", unit.Value), unit.Version, cancellationToken));
            }
            return outcomes;
        }, outcomes => outcomes.All(o => o == UpdateOutcome.Updated), cancellationToken);
    }

    public Task<IReadOnlyList<string>> DeleteUnitsAsync(string corporationId, IReadOnlyList<string> unitIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unitIds);
        return db.WriteIfAsync<IReadOnlyList<string>>(async (connection, transaction) =>
        {
            var missing = new List<string>();
            foreach (var unitId in unitIds)
            {
                var command = Command(db.Sql.DeleteUnit, new { CorporationId = corporationId, UnitId = unitId }, cancellationToken, transaction);
                if (await connection.ExecuteAsync(command) == 0)
                {
                    missing.Add(unitId);
                }
            }
            return missing;
        }, missing => missing.Count == 0, cancellationToken);
    }
}
