using System.Data.Common;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Storage.Dialects;
using BeschermdThuis.Matching.Storage.Rows;
using Dapper;
using static BeschermdThuis.Matching.Storage.Repositories.SqlDatabase;

namespace BeschermdThuis.Matching.Storage.Repositories;

internal sealed partial class SqlClientRepository(SqlDatabase db) : IClientRepository
{
    public async Task<Client?> GetClientAsync(MunicipalityCode municipality, ClientReference reference, CancellationToken cancellationToken = default) =>
        (await GetVersionedClientAsync(municipality, reference, cancellationToken))?.Value;

    // The client row is read before its child rows: if they are newer, so is the version, and a conditional update fails.
    public Task<Versioned<Client>?> GetVersionedClientAsync(
        MunicipalityCode municipality, ClientReference reference, CancellationToken cancellationToken = default) =>
        db.ReadAsync(async connection =>
        {
            var key = new { MunicipalityCode = municipality.Value, ClientRef = reference.Value };
            var row = await connection.QuerySingleOrDefaultAsync<ClientRow>(Command(db.Sql.ClientByKey.Clients, key, cancellationToken));
            if (row is null)
            {
                return null;
            }
            var children = await ReadChildrenAsync(connection, db.Sql.ClientByKey, key, cancellationToken);
            return new Versioned<Client>(row.ToDomain(children.For(row)), row.Version);
        }, cancellationToken);

    public Task<Page<Versioned<Client>>> ListClientsAsync(MunicipalityCode municipality, PageRequest page, CancellationToken cancellationToken = default)
    {
        var take = Take(page);
        return db.ReadAsync(async connection =>
        {
            var statements = db.Sql.ClientsPage;
            var rows = (await connection.QueryAsync<ClientRow>(
                Command(statements.Clients, new { MunicipalityCode = municipality.Value, page.After, Take = take }, cancellationToken))).ToList();
            var (kept, next) = Cut(rows, page, r => r.ClientRef);
            if (kept.Count == 0)
            {
                return new Page<Versioned<Client>>([], null);
            }
            var range = new { MunicipalityCode = municipality.Value, page.After, Last = kept[^1].ClientRef };
            var children = await ReadChildrenAsync(connection, statements, range, cancellationToken);
            return new Page<Versioned<Client>>([.. kept.Select(r => new Versioned<Client>(r.ToDomain(children.For(r)), r.Version))], next);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<Client>> ListClientsInRegionAsync(string regionId, ClientStatus status, CancellationToken cancellationToken = default) =>
        db.ReadAsync(connection =>
            ReadClientsAsync(connection, db.Sql.ClientsInRegion, new { RegionId = regionId, Status = (int)status }, cancellationToken),
            cancellationToken);

    public Task CreateClientAsync(Client client, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return db.CreateAsync($"municipalities/{client.ResponsibleMunicipality}/clients/{client.Reference}", async (connection, transaction) =>
        {
            await connection.ExecuteAsync(Command(db.Sql.InsertClient, ClientRow.From(client), cancellationToken, transaction));
            await InsertChildrenAsync(connection, transaction, client, cancellationToken);
        }, cancellationToken);
    }

    public Task<bool> UpdateClientAsync(Client client, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return db.WriteAsync(async (connection, transaction) =>
        {
            var row = ClientRow.From(client);
            if (await connection.ExecuteAsync(Command(db.Sql.UpdateClient, row, cancellationToken, transaction)) == 0)
            {
                return false;
            }
            await ReplaceChildrenAsync(connection, transaction, client, cancellationToken);
            return true;
        }, cancellationToken);
    }

    public Task<UpdateOutcome> UpdateClientIfVersionAsync(Client client, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return db.UpdateIfVersionAsync(db.Sql.UpdateClientIfVersion, db.Sql.SelectClientVersion, ClientRow.From(client), expectedVersion,
            (connection, transaction) => ReplaceChildrenAsync(connection, transaction, client, cancellationToken), cancellationToken);
    }

    // The child rows go with the client through ON DELETE CASCADE.
    public Task<bool> DeleteClientAsync(MunicipalityCode municipality, ClientReference reference, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (connection, transaction) =>
            await connection.ExecuteAsync(Command(db.Sql.DeleteClient,
                new { MunicipalityCode = municipality.Value, ClientRef = reference.Value }, cancellationToken, transaction)) > 0,
            cancellationToken);

    private async Task ReplaceChildrenAsync(DbConnection connection, DbTransaction transaction, Client client, CancellationToken cancellationToken)
    {
        var key = new { MunicipalityCode = client.ResponsibleMunicipality.Value, ClientRef = client.Reference.Value };
        foreach (var delete in new[]
                 {
                     db.Sql.DeleteClientAreaWishes, db.Sql.DeleteClientDwellingTypeWishes, db.Sql.DeleteClientAvoidAreas,
                     db.Sql.DeleteClientSupportAnchors,
                 })
        {
            await connection.ExecuteAsync(Command(delete, key, cancellationToken, transaction));
        }
        await InsertChildrenAsync(connection, transaction, client, cancellationToken);
    }

    private async Task InsertChildrenAsync(DbConnection connection, DbTransaction transaction, Client client, CancellationToken cancellationToken)
    {
        var children = ClientChildren.From(client);
        await InsertAllAsync(db.Sql.InsertClientAreaWish, children.AreaWishes);
        await InsertAllAsync(db.Sql.InsertClientDwellingTypeWish, children.DwellingTypeWishes);
        await InsertAllAsync(db.Sql.InsertClientAvoidArea, children.AvoidAreas);
        await InsertAllAsync(db.Sql.InsertClientSupportAnchor, children.SupportAnchors);

        async Task InsertAllAsync<TRow>(string sql, IReadOnlyList<TRow> rows)
        {
            if (rows.Count > 0)
            {
                await connection.ExecuteAsync(Command(sql, rows, cancellationToken, transaction));
            }
        }
    }

    private static async Task<IReadOnlyList<Client>> ReadClientsAsync(
        DbConnection connection, ClientSelectStatements statements, object parameters, CancellationToken cancellationToken)
    {
        var rows = (await connection.QueryAsync<ClientRow>(Command(statements.Clients, parameters, cancellationToken))).ToList();
        if (rows.Count == 0)
        {
            return [];
        }
        var children = await ReadChildrenAsync(connection, statements, parameters, cancellationToken);
        return [.. rows.Select(r => r.ToDomain(children.For(r)))];
    }

    private static async Task<ChildLookup> ReadChildrenAsync(
        DbConnection connection, ClientSelectStatements statements, object parameters, CancellationToken cancellationToken) =>
        new(
            (await connection.QueryAsync<ClientAreaWishRow>(Command(statements.AreaWishes, parameters, cancellationToken))).ToLookup(r => r.ClientKey),
            (await connection.QueryAsync<ClientDwellingTypeWishRow>(Command(statements.DwellingTypeWishes, parameters, cancellationToken))).ToLookup(r => r.ClientKey),
            (await connection.QueryAsync<ClientAvoidAreaRow>(Command(statements.AvoidAreas, parameters, cancellationToken))).ToLookup(r => r.ClientKey),
            (await connection.QueryAsync<ClientSupportAnchorRow>(Command(statements.SupportAnchors, parameters, cancellationToken))).ToLookup(r => r.ClientKey));

    private sealed record ChildLookup(
        ILookup<(string, string), ClientAreaWishRow> AreaWishes,
        ILookup<(string, string), ClientDwellingTypeWishRow> DwellingTypeWishes,
        ILookup<(string, string), ClientAvoidAreaRow> AvoidAreas,
        ILookup<(string, string), ClientSupportAnchorRow> SupportAnchors)
    {
        public ClientChildren For(ClientRow row)
        {
            var key = (row.MunicipalityCode, row.ClientRef);
            return new ClientChildren([.. AreaWishes[key]], [.. DwellingTypeWishes[key]], [.. AvoidAreas[key]], [.. SupportAnchors[key]]);
        }
    }
}
