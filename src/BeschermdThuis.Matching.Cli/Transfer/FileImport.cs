using BeschermdThuis.Matching.Application.Batches;
using BeschermdThuis.Matching.Cli.Proposals;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Cli.Transfer;

/// <summary>One wrong cell of a file: its row (as the file numbers it), its column and what is wrong.</summary>
internal sealed record RowError(int Row, string Column, string Message);

/// <summary>
/// Imports a file through the same batch use case as the gRPC batch calls: every row is checked as one item of a
/// BatchCreate (in chunks of the batch size), and the file is stored in one transaction only when no row is wrong. A
/// dry run checks every row the same way and stores nothing.
/// </summary>
internal static class FileImport
{
    private static readonly BatchFields Columns = new("", "unit_id");

    public static async Task<int> UnitsAsync(LocalTransfer local, Party party, IReadOnlyList<TableRow> rows, bool dryRun, CancellationToken cancellationToken)
    {
        if (party.Kind != PartyKind.HousingCorporation)
        {
            throw new CommandFailedException("import units acts as the corporation whose stock it is: --as corporation:<corporation id>", 2);
        }
        var items = rows.Select(r => (Func<UnitToCreate>)(() => UnitColumns.Read(r))).ToList();
        await Checked(rows, UnitColumns.ColumnOf, "unit_id", () =>
            local.Stock.BatchCreateUnitsAsync(party, party.Id, items, Columns, dryRun, cancellationToken));
        return rows.Count;
    }

    public static async Task<int> ClientsAsync(LocalTransfer local, Party party, IReadOnlyList<TableRow> rows, bool dryRun, CancellationToken cancellationToken)
    {
        if (party.Kind != PartyKind.MunicipalDesk || !MunicipalityCode.IsValid(party.Id))
        {
            throw new CommandFailedException("import clients acts as the desk of the clients' municipality: --as desk:<municipality code>", 2);
        }
        var municipality = new MunicipalityCode(party.Id);
        var items = rows.Select(r => (Func<Client>)(() => ClientColumns.Read(r, municipality))).ToList();
        await Checked(rows, ClientColumns.ColumnOf, "client_id", () =>
            local.Clients.BatchCreateClientsAsync(party, municipality, items, Columns with { Key = "client_id" }, dryRun, cancellationToken));
        return rows.Count;
    }

    /// <summary>Runs the import; wrong rows become <see cref="RowErrorsException"/> listing every one, by row and column.</summary>
    private static async Task Checked<T>(IReadOnlyList<TableRow> rows, Func<string, string> column, string idColumn, Func<Task<T>> import)
    {
        try
        {
            await import();
        }
        catch (BatchValidationException e)
        {
            throw new RowErrorsException([.. e.Violations
                .Select(v => new RowError(rows[v.Index].Number, column(v.Violation.Field), v.Violation.Description))
                .OrderBy(r => r.Row).ThenBy(r => r.Column, StringComparer.Ordinal)]);
        }
        catch (AlreadyExistsException e)
        {
            var row = rows.FirstOrDefault(r => e.Resource.EndsWith("/" + r.Cells.GetValueOrDefault(idColumn), StringComparison.Ordinal));
            throw new RowErrorsException([new RowError(row?.Number ?? 0, idColumn, $"{e.Resource} already exists")]);
        }
    }
}

/// <summary>Rows of a file are wrong; nothing was stored.</summary>
internal sealed class RowErrorsException(IReadOnlyList<RowError> errors) : Exception($"{errors.Count} error(s) in the file")
{
    public IReadOnlyList<RowError> Errors { get; } = errors;
}
