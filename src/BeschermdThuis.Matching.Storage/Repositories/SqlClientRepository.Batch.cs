using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Storage.Mapping;
using BeschermdThuis.Matching.Storage.Rows;
using Dapper;
using static BeschermdThuis.Matching.Storage.Repositories.SqlDatabase;

namespace BeschermdThuis.Matching.Storage.Repositories;

/// <summary>The batch writes of clients: each in one transaction, every client with its child rows, all or none.</summary>
internal sealed partial class SqlClientRepository
{
    private static readonly string[] ClientInsertColumns = [.. Tables.Clients.Key, .. Tables.Clients.Values];

    public Task CreateClientsAsync(IReadOnlyList<Client> clients, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clients);
        return db.CreateManyAsync(
            async (connection, transaction) =>
            {
                var children = clients.Select(ClientChildren.From).ToList();
                await BulkInsert.InsertAsync(connection, transaction, db.Dialect, Tables.Clients.Name, ClientInsertColumns,
                    clients.Select(ClientRow.From).ToList(), cancellationToken);
                await BulkInsert.InsertAsync(connection, transaction, db.Dialect, Tables.ClientAreaWishes.Name, Tables.ClientAreaWishes.Columns,
                    children.SelectMany(c => c.AreaWishes).ToList(), cancellationToken);
                await BulkInsert.InsertAsync(connection, transaction, db.Dialect, Tables.ClientDwellingTypeWishes.Name, Tables.ClientDwellingTypeWishes.Columns,
                    children.SelectMany(c => c.DwellingTypeWishes).ToList(), cancellationToken);
                await BulkInsert.InsertAsync(connection, transaction, db.Dialect, Tables.ClientAvoidAreas.Name, Tables.ClientAvoidAreas.Columns,
                    children.SelectMany(c => c.AvoidAreas).ToList(), cancellationToken);
                await BulkInsert.InsertAsync(connection, transaction, db.Dialect, Tables.ClientSupportAnchors.Name, Tables.ClientSupportAnchors.Columns,
                    children.SelectMany(c => c.SupportAnchors).ToList(), cancellationToken);
                await BulkInsert.InsertAsync(connection, transaction, db.Dialect, Tables.ClientAvoidedPlaces.Name, Tables.ClientAvoidedPlaces.Columns,
                    children.SelectMany(c => c.AvoidedPlaces).ToList(), cancellationToken);
            },
            async connection =>
            {
                foreach (var client in clients)
                {
                    var command = Command(db.Sql.CountClientRef, new { ClientRef = client.Reference.Value }, cancellationToken);
                    if (await connection.ExecuteScalarAsync<long>(command) > 0)
                    {
                        return $"municipalities/{client.ResponsibleMunicipality}/clients/{client.Reference}";
                    }
                }
                return null;
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<UpdateOutcome>> UpdateClientsIfVersionAsync(IReadOnlyList<Versioned<Client>> clients, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clients);
        return db.WriteIfAsync<IReadOnlyList<UpdateOutcome>>(async (connection, transaction) =>
        {
            var outcomes = new List<UpdateOutcome>(clients.Count);
            foreach (var client in clients)
            {
                var outcome = await TryUpdateRowAsync(connection, transaction, db.Sql.UpdateClientIfVersion, db.Sql.SelectClientVersion,
                    ClientRow.From(client.Value), client.Version, cancellationToken);
                if (outcome == UpdateOutcome.Updated)
                {
                    await ReplaceChildrenAsync(connection, transaction, client.Value, cancellationToken);
                }
                outcomes.Add(outcome);
            }
            return outcomes;
        }, outcomes => outcomes.All(o => o == UpdateOutcome.Updated), cancellationToken);
    }

    public Task<IReadOnlyList<ClientReference>> DeleteClientsAsync(
        MunicipalityCode municipality, IReadOnlyList<ClientReference> references, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(references);
        return db.WriteIfAsync<IReadOnlyList<ClientReference>>(async (connection, transaction) =>
        {
            var missing = new List<ClientReference>();
            foreach (var reference in references)
            {
                var key = new { MunicipalityCode = municipality.Value, ClientRef = reference.Value };
                if (await connection.ExecuteAsync(Command(db.Sql.DeleteClient, key, cancellationToken, transaction)) == 0)
                {
                    missing.Add(reference);
                }
            }
            return missing;
        }, missing => missing.Count == 0, cancellationToken);
    }
}
