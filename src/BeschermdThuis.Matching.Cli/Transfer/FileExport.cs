using BeschermdThuis.Matching.Cli.Proposals;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.Cli.Transfer;

/// <summary>
/// Writes a party's units or clients in exactly the format <c>import</c> reads (<see cref="UnitColumns"/>,
/// <see cref="ClientColumns"/>), read through the same use cases and access rules as the gRPC list calls, so an export
/// imports again unchanged. A semicolon file gets decimal commas, a comma file and JSON decimal periods.
/// </summary>
internal static class FileExport
{
    private const int PageSize = 500;

    public static async Task<int> UnitsAsync(LocalTransfer local, Party party, string path, char separator, CancellationToken cancellationToken)
    {
        if (party.Kind != PartyKind.HousingCorporation)
        {
            throw new CommandFailedException("export units acts as the corporation whose stock it is: --as corporation:<corporation id>", 2);
        }
        var units = await Pages.ReadAllAsync<HousingUnit>(PageSize, async page =>
        {
            var found = await local.Stock.ListUnitsAsync(party, party.Id, page, cancellationToken);
            return new Page<HousingUnit>([.. found.Items.Select(u => u.Value)], found.NextAfter);
        });
        var decimalComma = DecimalComma(path, separator);
        TableFile.Write(path, UnitColumns.Names, units.Select(u => UnitColumns.Write(u, decimalComma)), separator);
        return units.Count;
    }

    public static async Task<int> ClientsAsync(LocalTransfer local, Party party, string path, char separator, CancellationToken cancellationToken)
    {
        if (party.Kind != PartyKind.MunicipalDesk || !MunicipalityCode.IsValid(party.Id))
        {
            throw new CommandFailedException("export clients acts as the desk of the clients' municipality: --as desk:<municipality code>", 2);
        }
        var municipality = new MunicipalityCode(party.Id);
        var clients = await Pages.ReadAllAsync<Client>(PageSize, async page =>
        {
            var found = await local.Clients.ListClientsAsync(party, municipality, page, cancellationToken);
            return new Page<Client>([.. found.Items.Select(c => c.Client)], found.NextAfter);
        });
        var decimalComma = DecimalComma(path, separator);
        TableFile.Write(path, ClientColumns.Names, clients.Select(c => ClientColumns.Write(c, decimalComma)), separator);
        return clients.Count;
    }

    private static bool DecimalComma(string path, char separator) => !TableFile.IsJson(path) && separator != ',';

}
