using System.Data.Common;
using BeschermdThuis.Matching.Domain.Care;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Storage.Rows;
using Dapper;
using static BeschermdThuis.Matching.Storage.Repositories.SqlDatabase;

namespace BeschermdThuis.Matching.Storage.Repositories;

internal sealed class SqlCareTeamRepository(SqlDatabase db) : ICareTeamRepository
{
    public async Task<CareTeam?> GetCareTeamAsync(string regionId, string careTeamId, CancellationToken cancellationToken = default) =>
        (await GetVersionedCareTeamAsync(regionId, careTeamId, cancellationToken))?.Value;

    // The team row is read before its municipalities: if they are newer, so is the version, and a conditional update fails.
    public Task<Versioned<CareTeam>?> GetVersionedCareTeamAsync(string regionId, string careTeamId, CancellationToken cancellationToken = default) =>
        db.ReadAsync<Versioned<CareTeam>?>(async connection =>
        {
            var key = new { RegionId = regionId, CareTeamId = careTeamId };
            var row = await connection.QuerySingleOrDefaultAsync<CareTeamRow>(Command(db.Sql.CareTeamByKey.Teams, key, cancellationToken));
            if (row is null)
            {
                return null;
            }
            var municipalities = await connection.QueryAsync<CareTeamMunicipalityRow>(Command(db.Sql.CareTeamByKey.Municipalities, key, cancellationToken));
            return new Versioned<CareTeam>(row.ToDomain(municipalities), row.Version);
        }, cancellationToken);

    public Task<IReadOnlyList<CareTeam>> ListCareTeamsAsync(string regionId, CancellationToken cancellationToken = default) =>
        db.ReadAsync<IReadOnlyList<CareTeam>>(async connection =>
        {
            var parameters = new { RegionId = regionId };
            var rows = await connection.QueryAsync<CareTeamRow>(Command(db.Sql.CareTeamsInRegion.Teams, parameters, cancellationToken));
            var municipalities = await ReadMunicipalitiesAsync(connection, db.Sql.CareTeamsInRegion.Municipalities, parameters, cancellationToken);
            return [.. rows.Select(r => r.ToDomain(municipalities[r.CareTeamId]))];
        }, cancellationToken);

    public Task<Page<Versioned<CareTeam>>> ListCareTeamsAsync(string regionId, PageRequest page, CancellationToken cancellationToken = default)
    {
        var take = Take(page);
        return db.ReadAsync(async connection =>
        {
            var rows = (await connection.QueryAsync<CareTeamRow>(
                Command(db.Sql.CareTeamsPage.Teams, new { RegionId = regionId, page.After, Take = take }, cancellationToken))).ToList();
            var (kept, next) = Cut(rows, page, r => r.CareTeamId);
            if (kept.Count == 0)
            {
                return new Page<Versioned<CareTeam>>([], null);
            }
            var municipalities = await ReadMunicipalitiesAsync(connection, db.Sql.CareTeamsPage.Municipalities,
                new { RegionId = regionId, page.After, Last = kept[^1].CareTeamId }, cancellationToken);
            return new Page<Versioned<CareTeam>>([.. kept.Select(r => new Versioned<CareTeam>(r.ToDomain(municipalities[r.CareTeamId]), r.Version))], next);
        }, cancellationToken);
    }

    public Task CreateCareTeamAsync(string regionId, CareTeam team, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(team);
        return db.CreateAsync($"regions/{regionId}/careTeams/{team.Id}", async (connection, transaction) =>
        {
            await connection.ExecuteAsync(Command(db.Sql.InsertCareTeam, CareTeamRow.From(regionId, team), cancellationToken, transaction));
            await InsertMunicipalitiesAsync(connection, transaction, regionId, team, cancellationToken);
        }, cancellationToken);
    }

    public Task<bool> UpdateCareTeamAsync(string regionId, CareTeam team, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(team);
        return db.WriteAsync(async (connection, transaction) =>
        {
            if (await connection.ExecuteAsync(Command(db.Sql.UpdateCareTeam, CareTeamRow.From(regionId, team), cancellationToken, transaction)) == 0)
            {
                return false;
            }
            await connection.ExecuteAsync(Command(db.Sql.DeleteCareTeamMunicipalities,
                new { RegionId = regionId, CareTeamId = team.Id }, cancellationToken, transaction));
            await InsertMunicipalitiesAsync(connection, transaction, regionId, team, cancellationToken);
            return true;
        }, cancellationToken);
    }

    public Task<UpdateOutcome> UpdateCareTeamIfVersionAsync(
        string regionId, CareTeam team, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(team);
        return db.UpdateIfVersionAsync(db.Sql.UpdateCareTeamIfVersion, db.Sql.SelectCareTeamVersion, CareTeamRow.From(regionId, team),
            expectedVersion, async (connection, transaction) =>
            {
                await connection.ExecuteAsync(Command(db.Sql.DeleteCareTeamMunicipalities,
                    new { RegionId = regionId, CareTeamId = team.Id }, cancellationToken, transaction));
                await InsertMunicipalitiesAsync(connection, transaction, regionId, team, cancellationToken);
            }, cancellationToken);
    }

    public Task<bool> DeleteCareTeamAsync(string regionId, string careTeamId, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (connection, transaction) =>
            await connection.ExecuteAsync(Command(db.Sql.DeleteCareTeam,
                new { RegionId = regionId, CareTeamId = careTeamId }, cancellationToken, transaction)) > 0,
            cancellationToken);

    private async Task InsertMunicipalitiesAsync(
        DbConnection connection, DbTransaction transaction, string regionId, CareTeam team, CancellationToken cancellationToken)
    {
        var rows = CareTeamRow.MunicipalitiesOf(regionId, team);
        if (rows.Count > 0)
        {
            await connection.ExecuteAsync(Command(db.Sql.InsertCareTeamMunicipality, rows, cancellationToken, transaction));
        }
    }

    private static async Task<ILookup<string, CareTeamMunicipalityRow>> ReadMunicipalitiesAsync(
        DbConnection connection, string sql, object parameters, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<CareTeamMunicipalityRow>(Command(sql, parameters, cancellationToken))).ToLookup(r => r.CareTeamId);
}
