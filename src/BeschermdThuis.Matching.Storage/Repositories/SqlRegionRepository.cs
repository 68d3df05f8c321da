using System.Data.Common;
using BeschermdThuis.Matching.Domain.Audit;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Storage.Mapping;
using BeschermdThuis.Matching.Storage.Rows;
using Dapper;
using static BeschermdThuis.Matching.Storage.Repositories.SqlDatabase;

namespace BeschermdThuis.Matching.Storage.Repositories;

internal sealed class SqlRegionRepository(SqlDatabase db) : IRegionRepository
{
    public Task<Region?> GetRegionAsync(string regionId, CancellationToken cancellationToken = default) =>
        db.ReadAsync(async connection =>
        {
            var key = new { RegionId = regionId };
            var row = await connection.QuerySingleOrDefaultAsync<RegionRow>(Command(db.Sql.SelectRegion, key, cancellationToken));
            if (row is null)
            {
                return null;
            }
            var municipalities = await connection.QueryAsync<RegionMunicipalityRow>(Command(db.Sql.SelectRegionMunicipalities, key, cancellationToken));
            var districts = await connection.QueryAsync<RegionDistrictRow>(Command(db.Sql.SelectRegionDistricts, key, cancellationToken));
            return row.ToDomain(municipalities, districts);
        }, cancellationToken);

    public Task<IReadOnlyList<Region>> ListRegionsAsync(CancellationToken cancellationToken = default) =>
        db.ReadAsync<IReadOnlyList<Region>>(async connection =>
        {
            var rows = await connection.QueryAsync<RegionRow>(Command(db.Sql.SelectRegions, null, cancellationToken));
            var municipalities = (await connection.QueryAsync<RegionMunicipalityRow>(Command(db.Sql.SelectAllRegionMunicipalities, null, cancellationToken)))
                .ToLookup(m => m.RegionId);
            var districts = (await connection.QueryAsync<RegionDistrictRow>(Command(db.Sql.SelectAllRegionDistricts, null, cancellationToken)))
                .ToLookup(d => d.RegionId);
            return [.. rows.Select(r => r.ToDomain(municipalities[r.RegionId], districts[r.RegionId]))];
        }, cancellationToken);

    public Task SaveRegionAsync(Region region, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(region);
        return db.WriteAsync((connection, transaction) => WriteRegionAsync(connection, transaction, region, db.Sql.UpsertRegion, cancellationToken),
            cancellationToken);
    }

    public async Task<bool> InitialiseRegionAsync(Region region, IReadOnlyList<Neighbourhood> neighbourhoods, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(neighbourhoods);
        try
        {
            return await db.WriteAsync(async (connection, transaction) =>
            {
                var stored = await connection.QuerySingleOrDefaultAsync<RegionRow>(
                    Command(db.Sql.SelectRegion, new { RegionId = region.Id }, cancellationToken, transaction));
                if (stored is not null)
                {
                    return false;
                }
                // An insert, not the upsert: a second process that stored the region meanwhile makes it a duplicate key.
                await WriteRegionAsync(connection, transaction, region, db.Sql.InsertRegion, cancellationToken);
                foreach (var neighbourhood in neighbourhoods)
                {
                    await connection.ExecuteAsync(
                        Command(db.Sql.UpsertNeighbourhood, NeighbourhoodRow.From(region.Id, neighbourhood), cancellationToken, transaction));
                }
                return true;
            }, cancellationToken);
        }
        catch (Exception e) when (db.Dialect.IsUniqueViolation(e))
        {
            return false;
        }
    }

    public Task<Versioned<Region>?> GetVersionedRegionAsync(string regionId, CancellationToken cancellationToken = default) =>
        db.ReadAsync(async connection =>
        {
            var key = new { RegionId = regionId };
            var row = await connection.QuerySingleOrDefaultAsync<RegionRow>(Command(db.Sql.SelectRegion, key, cancellationToken));
            if (row is null)
            {
                return null;
            }
            var municipalities = await connection.QueryAsync<RegionMunicipalityRow>(Command(db.Sql.SelectRegionMunicipalities, key, cancellationToken));
            var districts = await connection.QueryAsync<RegionDistrictRow>(Command(db.Sql.SelectRegionDistricts, key, cancellationToken));
            return new Versioned<Region>(row.ToDomain(municipalities, districts), row.Version);
        }, cancellationToken);

    public Task<UpdateOutcome> UpdateDefaultLimitsIfVersionAsync(
        string regionId, LoadLimits defaultLimits, long expectedVersion, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(defaultLimits);
        var row = new
        {
            RegionId = regionId,
            DefaultNewPlacementsPerPeriod = defaultLimits.NewPlacementsPerPeriod,
            DefaultMaxProtectedHomesPerThousand = StorageFormats.Decimal(defaultLimits.MaxProtectedHomesPerThousandInhabitants),
        };
        return db.UpdateIfVersionAsync(db.Sql.UpdateRegionSettingsIfVersion, db.Sql.SelectRegionSettingsVersion, row, expectedVersion,
            async (connection, transaction) =>
            {
                await RaiseVersionAsync(connection, transaction, regionId, cancellationToken);
                await SqlAuditTrail.AppendAsync(db, connection, transaction, audit, cancellationToken);
            }, cancellationToken);
    }

    private async Task WriteRegionAsync(DbConnection connection, DbTransaction transaction, Region region, string write, CancellationToken cancellationToken)
    {
        var key = new { RegionId = region.Id };
        await connection.ExecuteAsync(Command(write, RegionRow.From(region), cancellationToken, transaction));
        await connection.ExecuteAsync(Command(db.Sql.DeleteRegionMunicipalities, key, cancellationToken, transaction));
        await connection.ExecuteAsync(Command(db.Sql.DeleteRegionDistricts, key, cancellationToken, transaction));
        var municipalities = region.Municipalities.Select((m, i) => new RegionMunicipalityRow
        {
            RegionId = region.Id, MunicipalityCode = m.Code.Value, Ordinal = i, Name = m.Name, Inhabitants = m.Inhabitants,
        }).ToList();
        var districts = region.Districts.Select((d, i) => new RegionDistrictRow
        {
            RegionId = region.Id, DistrictCode = d.Code.Value, Ordinal = i, Name = d.Name,
        }).ToList();
        await connection.ExecuteAsync(Command(db.Sql.InsertRegionMunicipality, municipalities, cancellationToken, transaction));
        if (districts.Count > 0)
        {
            await connection.ExecuteAsync(Command(db.Sql.InsertRegionDistrict, districts, cancellationToken, transaction));
        }
        await RaiseVersionAsync(connection, transaction, region.Id, cancellationToken);
    }

    public async Task<Neighbourhood?> GetNeighbourhoodAsync(string regionId, NeighbourhoodCode code, CancellationToken cancellationToken = default) =>
        (await GetVersionedNeighbourhoodAsync(regionId, code, cancellationToken))?.Value;

    public Task<Versioned<Neighbourhood>?> GetVersionedNeighbourhoodAsync(
        string regionId, NeighbourhoodCode code, CancellationToken cancellationToken = default) =>
        db.ReadAsync(async connection =>
            await connection.QuerySingleOrDefaultAsync<NeighbourhoodRow>(
                Command(db.Sql.SelectNeighbourhood, new { RegionId = regionId, NeighbourhoodCode = code.Value }, cancellationToken)) is { } row
                ? new Versioned<Neighbourhood>(row.ToDomain(), row.Version)
                : null,
            cancellationToken);

    public Task<UpdateOutcome> UpdateNeighbourhoodIfVersionAsync(
        string regionId, Neighbourhood neighbourhood, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(neighbourhood);
        return db.UpdateIfVersionAsync(db.Sql.UpdateNeighbourhoodIfVersion, db.Sql.SelectNeighbourhoodVersion,
            NeighbourhoodRow.From(regionId, neighbourhood), expectedVersion,
            // Other servers' region caches see the change through the region's version, raised in the same transaction.
            (connection, transaction) => RaiseVersionAsync(connection, transaction, regionId, cancellationToken), cancellationToken);
    }

    public Task<UpdateOutcome> UpdateNeighbourhoodIfVersionAsync(
        string regionId, Neighbourhood neighbourhood, long expectedVersion, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(neighbourhood);
        return db.UpdateIfVersionAsync(db.Sql.UpdateNeighbourhoodIfVersion, db.Sql.SelectNeighbourhoodVersion,
            NeighbourhoodRow.From(regionId, neighbourhood), expectedVersion,
            async (connection, transaction) =>
            {
                await RaiseVersionAsync(connection, transaction, regionId, cancellationToken);
                await SqlAuditTrail.AppendAsync(db, connection, transaction, audit, cancellationToken);
            }, cancellationToken);
    }

    public Task<IReadOnlyList<Neighbourhood>> ListNeighbourhoodsAsync(string regionId, CancellationToken cancellationToken = default) =>
        db.ReadAsync<IReadOnlyList<Neighbourhood>>(async connection =>
        {
            var rows = await connection.QueryAsync<NeighbourhoodRow>(Command(db.Sql.SelectNeighbourhoods, new { RegionId = regionId }, cancellationToken));
            return [.. rows.Select(r => r.ToDomain())];
        }, cancellationToken);

    public Task<Page<Versioned<Neighbourhood>>> ListNeighbourhoodsAsync(string regionId, PageRequest page, CancellationToken cancellationToken = default)
    {
        var take = Take(page);
        return db.ReadAsync(async connection =>
        {
            var rows = (await connection.QueryAsync<NeighbourhoodRow>(
                Command(db.Sql.SelectNeighbourhoodsPage, new { RegionId = regionId, page.After, Take = take }, cancellationToken))).ToList();
            var (kept, next) = Cut(rows, page, r => r.NeighbourhoodCode);
            return new Page<Versioned<Neighbourhood>>([.. kept.Select(r => new Versioned<Neighbourhood>(r.ToDomain(), r.Version))], next);
        }, cancellationToken);
    }

    public Task SaveNeighbourhoodsAsync(string regionId, IEnumerable<Neighbourhood> neighbourhoods, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(neighbourhoods);
        return db.WriteAsync(async (connection, transaction) =>
        {
            foreach (var neighbourhood in neighbourhoods)
            {
                await connection.ExecuteAsync(
                    Command(db.Sql.UpsertNeighbourhood, NeighbourhoodRow.From(regionId, neighbourhood), cancellationToken, transaction));
            }
            await RaiseVersionAsync(connection, transaction, regionId, cancellationToken);
        }, cancellationToken);
    }

    public Task<long> GetRegionVersionAsync(string regionId, CancellationToken cancellationToken = default) =>
        db.ReadAsync(async connection =>
            await connection.QuerySingleOrDefaultAsync<long?>(Command(db.Sql.SelectRegionVersion, new { RegionId = regionId }, cancellationToken)) ?? 0,
            cancellationToken);

    private async Task RaiseVersionAsync(DbConnection connection, DbTransaction transaction, string regionId, CancellationToken cancellationToken)
    {
        var key = new { RegionId = regionId };
        await connection.ExecuteAsync(Command(db.Sql.EnsureRegionVersion, key, cancellationToken, transaction));
        await connection.ExecuteAsync(Command(db.Sql.RaiseRegionVersion, key, cancellationToken, transaction));
    }
}
