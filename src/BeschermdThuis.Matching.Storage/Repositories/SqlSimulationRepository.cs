using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Storage.Rows;
using Dapper;
using static BeschermdThuis.Matching.Storage.Repositories.SqlDatabase;

namespace BeschermdThuis.Matching.Storage.Repositories;

internal sealed class SqlSimulationRepository(SqlDatabase db) : ISimulationRepository
{
    public Task CreateSimulationAsync(SimulationRecord simulation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        var row = SimulationRow.From(simulation);
        return db.CreateAsync($"regions/{simulation.RegionId}/simulations/{simulation.Id}", (connection, transaction) =>
            connection.ExecuteAsync(Command(db.Sql.InsertSimulation, row, cancellationToken, transaction)),
            cancellationToken);
    }

    public Task<SimulationRecord?> GetSimulationAsync(string regionId, string simulationId, CancellationToken cancellationToken = default) =>
        db.ReadAsync(async connection =>
            (await connection.QuerySingleOrDefaultAsync<SimulationRow>(
                Command(db.Sql.SelectSimulation, new { RegionId = regionId, SimulationId = simulationId }, cancellationToken)))?.ToRecord(),
            cancellationToken);

    public Task<Page<SimulationRecord>> ListSimulationsAsync(string regionId, PageRequest page, CancellationToken cancellationToken = default)
    {
        var take = Take(page);
        return db.ReadAsync(async connection =>
        {
            var rows = (await connection.QueryAsync<SimulationRow>(
                Command(db.Sql.SelectSimulationsPage, new { RegionId = regionId, page.After, Take = take }, cancellationToken))).ToList();
            var (kept, next) = Cut(rows, page, r => r.SimulationId);
            return new Page<SimulationRecord>([.. kept.Select(r => r.ToRecord())], next);
        }, cancellationToken);
    }
}
