using System.Text;
using BeschermdThuis.Matching.Api.Mapping;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Storage;

namespace BeschermdThuis.Matching.Api.Tests.Infrastructure;

/// <summary>
/// Everything stored, read straight from the database (not through the API) and written as text, so a test can
/// assert that a rejected call changed nothing.
/// </summary>
public static class StoredState
{
    public static async Task<string> SnapshotAsync(MatchingDatabase db)
    {
        var text = new StringBuilder();
        var region = await db.Regions.GetRegionAsync(SeedData.RegionId) ?? throw new InvalidOperationException("region missing");
        text.AppendLine(RegionMapping.ToProto(region).ToString());
        foreach (var neighbourhood in await db.Regions.ListNeighbourhoodsAsync(SeedData.RegionId))
        {
            var message = RegionMapping.ToProto(SeedData.RegionId, neighbourhood, region.DefaultLimits);
            message.BoundaryWkt = neighbourhood.Boundary.NumPoints.ToString(System.Globalization.CultureInfo.InvariantCulture);
            text.AppendLine(message.ToString());
        }
        foreach (var corporation in await db.Stock.ListCorporationsAsync())
        {
            text.AppendLine(UnitMapping.ToProto(corporation).ToString());
            foreach (var unit in (await db.Stock.ListUnitsAsync(corporation.Id, PageRequest.First(10_000))).Items)
            {
                text.AppendLine(UnitMapping.ToProto(unit, SeedData.RegionId).ToString());
            }
        }
        foreach (var municipality in region.Municipalities)
        {
            foreach (var client in (await db.Clients.ListClientsAsync(municipality.Code, PageRequest.First(10_000))).Items)
            {
                text.AppendLine(ClientMapping.ToProto(new ClientView(client.Value, null, client.Version), SeedData.RegionId).ToString());
            }
        }
        foreach (var team in await db.CareTeams.ListCareTeamsAsync(SeedData.RegionId))
        {
            text.AppendLine(CareTeamMapping.ToProto(SeedData.RegionId, team).ToString());
        }
        foreach (var agreement in await db.Agreements.ListAgreementsAsync(SeedData.RegionId))
        {
            text.AppendLine(AgreementMapping.ToProto(SeedData.RegionId, agreement).ToString());
        }
        return text.ToString();
    }
}
