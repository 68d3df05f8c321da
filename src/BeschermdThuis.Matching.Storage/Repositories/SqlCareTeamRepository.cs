using System.Data.Common;
using BeschermdThuis.Matching.Domain.Care;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Storage.Rows;
using Dapper;
using static BeschermdThuis.Matching.Storage.Repositories.SqlDatabase;

namespace BeschermdThuis.Matching.Storage.Repositories;

internal sealed class SqlCareTeamRepository(SqlDatabase db) : ICareTeamRepository
{
    public Task<CareTeam?> GetCareTeamAsync(string regionId, string careTeamId, CancellationToken cancellationToken = default) =>
        db.ReadAsync(async connection =>
        {
            var key = new { RegionId = regionId, CareTeamId = careTeamId };
            var row = await connection.QuerySingleOrDefaultAsync<CareTeamRow>(Command(db.Sql.CareTeamByKey.Teams, key, cancellationToken));
            if (row is null)
            {
                return null;
            }
            var municipalities = await connection.QueryAsync<CareTeamMunicipalityRow>(Command(db.Sql.CareTeamByKey.Municipalities, key, cancellationToken));
            return row.ToDomain(municipalities);
        }, cancellationToken);

    public Task<IReadOnlyList<CareTeam>> ListCareTeamsAsync(string regionId, CancellationToken cancellationToken = default) =>
        db.ReadAsync<IReadOnlyList<CareTeam>>(async connection =>
        {
            var parameters = new { RegionId = regionId };
            var rows = await connection.QueryAsync<CareTeamRow>(Command(db.Sql.CareTeamsInRegion.Teams, parameters, cancellationToken));
            var municipalities = await ReadMunicipalitiesAsync(connection, db.Sql.CareTeamsInRegion.Municipalities, parameters, cancellationToken);
            return [.. rows.Select(r => r.ToDomain(municipalities[r.CareTeamId]))];
        }, cancellationToken);

    public Task<Page<CareTeam>> ListCareTeamsAsync(string regionId, PageRequest page, CancellationToken cancellationToken = default)
    {
        var take = Take(page);
        return db.ReadAsync(async connection =>
        {
            var rows = (await connection.QueryAsync<CareTeamRow>(
                Command(db.Sql.CareTeamsPage.Teams, new { RegionId = regionId, page.After, Take = take }, cancellationToken))).ToList();
            var (kept, next) = Cut(rows, page, r => r.CareTeamId);
            if (kept.Count == 0)
            {
                return new Page<CareTeam>([], null);
            }
            var municipalities = await ReadMunicipalitiesAsync(connection, db.Sql.CareTeamsPage.Municipalities,
                new { RegionId = regionId, page.After, Last = kept[^1].CareTeamId }, cancellationToken);
            return new Page<CareTeam>([.. kept.Select(r => r.ToDomain(municipalities[r.CareTeamId]))], next);
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
