using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Storage;

namespace BeschermdThuis.Matching.Cli.Demo;

/// <summary>Counts per municipality, read back from the database (so the summary shows what was stored).</summary>
internal sealed record DemoSummary(IReadOnlyList<MunicipalitySummary> Municipalities)
{
    public static async Task<DemoSummary> ReadAsync(MatchingDatabase database, string regionId, CancellationToken cancellationToken)
    {
        var region = await database.Regions.GetRegionAsync(regionId, cancellationToken)
            ?? throw new InvalidOperationException($"region {regionId} is not in the database");
        var neighbourhoods = await database.Regions.ListNeighbourhoodsAsync(regionId, cancellationToken);
        var units = await database.Stock.ListUnitsInRegionAsync(regionId, UnitStatus.Available, cancellationToken);
        var clients = await database.Clients.ListClientsInRegionAsync(regionId, ClientStatus.Waiting, cancellationToken);
        var rows = region.Municipalities
            .OrderBy(m => m.Code.Value, StringComparer.Ordinal)
            .Select(m => new MunicipalitySummary(
                m.Code,
                m.Name,
                neighbourhoods.Count(n => n.Municipality == m.Code),
                units.Count(u => u.Neighbourhood.Municipality == m.Code),
                clients.Count(c => c.ResponsibleMunicipality == m.Code)))
            .ToList();
        return new DemoSummary(rows);
    }
}

internal sealed record MunicipalitySummary(MunicipalityCode Code, string Name, int Neighbourhoods, int AvailableUnits, int WaitingClients);
