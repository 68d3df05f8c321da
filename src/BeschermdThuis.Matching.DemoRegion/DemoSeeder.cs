using BeschermdThuis.Matching.DemoRegion.Population;
using BeschermdThuis.Matching.Storage;

namespace BeschermdThuis.Matching.DemoRegion;

/// <summary>
/// Writes the demo region and its generated population into a database. Every write is an upsert,
/// so running it again with the same seed leaves the database as it was. The CLI's <c>demo</c>, the API tests and the
/// gRPC benchmark all seed their databases this way.
/// </summary>
public static class DemoSeeder
{
    public static async Task SeedAsync(MatchingDatabase database, DemoRegionData region, DemoPopulation population, CancellationToken cancellationToken)
    {
        var regionId = region.Region.Id;
        // Into a database without the region every item is new: create at once instead of trying an update first.
        var fresh = await database.Regions.GetRegionAsync(regionId, cancellationToken) is null;
        await database.Regions.SaveRegionAsync(region.Region, cancellationToken);
        await database.Regions.SaveNeighbourhoodsAsync(regionId, population.Neighbourhoods, cancellationToken);
        foreach (var corporation in population.Corporations)
        {
            // As resources of the region (with where they have stock): a corporation's token is valid only for one that exists.
            await database.Corporations.SaveCorporationAsync(regionId, corporation, cancellationToken);
        }
        foreach (var unit in population.Units)
        {
            if (fresh || !await database.Stock.UpdateUnitAsync(unit, cancellationToken))
            {
                await database.Stock.CreateUnitAsync(regionId, unit, cancellationToken);
            }
        }
        foreach (var team in population.CareTeams)
        {
            if (fresh || !await database.CareTeams.UpdateCareTeamAsync(regionId, team, cancellationToken))
            {
                await database.CareTeams.CreateCareTeamAsync(regionId, team, cancellationToken);
            }
        }
        foreach (var client in population.Clients)
        {
            if (fresh || !await database.Clients.UpdateClientAsync(client, cancellationToken))
            {
                await database.Clients.CreateClientAsync(client, cancellationToken);
            }
        }
        foreach (var agreement in population.Agreements)
        {
            if (fresh || !await database.Agreements.UpdateAgreementAsync(regionId, agreement, cancellationToken))
            {
                await database.Agreements.CreateAgreementAsync(regionId, agreement, cancellationToken);
            }
        }
    }
}
