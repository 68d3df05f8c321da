using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Storage.Rows;
using Dapper;
using static BeschermdThuis.Matching.Storage.Repositories.SqlDatabase;

namespace BeschermdThuis.Matching.Storage.Repositories;

internal sealed class SqlMatchRunRepository(SqlDatabase db) : IMatchRunRepository
{
    public Task CreateMatchRunAsync(MatchRunRecord run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        return db.CreateAsync($"regions/{run.RegionId}/matchRuns/{run.Id}", (connection, transaction) =>
            connection.ExecuteAsync(Command(db.Sql.InsertMatchRun, MatchRunRow.From(run), cancellationToken, transaction)),
            cancellationToken);
    }

    public Task<MatchRunRecord?> GetMatchRunAsync(string regionId, string runId, CancellationToken cancellationToken = default) =>
        db.ReadAsync(async connection =>
            (await connection.QuerySingleOrDefaultAsync<MatchRunRow>(
                Command(db.Sql.SelectMatchRun, new { RegionId = regionId, RunId = runId }, cancellationToken)))?.ToRecord(),
            cancellationToken);

    public Task<Page<MatchRunSummary>> ListMatchRunsAsync(string regionId, PageRequest page, CancellationToken cancellationToken = default)
    {
        var take = Take(page);
        return db.ReadAsync(async connection =>
        {
            var rows = (await connection.QueryAsync<MatchRunRow>(
                Command(db.Sql.SelectMatchRunsPage, new { RegionId = regionId, page.After, Take = take }, cancellationToken))).ToList();
            var (kept, next) = Cut(rows, page, r => r.RunId);
            return new Page<MatchRunSummary>([.. kept.Select(r => r.ToSummary())], next);
        }, cancellationToken);
    }
}
