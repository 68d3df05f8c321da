using BeschermdThuis.Matching.Domain.Care;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Simulation.Scenarios;

namespace BeschermdThuis.Matching.Simulation.Loop;

/// <summary>Draws an arriving client from the scenario's distributions, the draws in a fixed order.</summary>
internal sealed class ClientDraw(ClientDistributions d, RegionGeography geography)
{
    private static readonly DwellingType[] AllTypes = Enum.GetValues<DwellingType>();

    private const ConsentScope SharedWithCorporation = ConsentScope.HouseholdSize | ConsentScope.Needs | ConsentScope.SupportArrangement;

    public Client Draw(Random random, ClientReference reference, MunicipalityCode home, DateOnly arrival)
    {
        var householdSize = random.Draw(d.HouseholdSizes);
        var income = random.Draw(d.IncomeBands);
        var readiness = arrival.AddDays(d.ReadinessDaysAfterArrival.Draw(random));
        var wishes = Wishes(random, home);
        var minimumRooms = householdSize switch
        {
            1 => random.Chance(d.SingleNeedsTwoRoomsChance) ? 2 : 1,
            2 => 2,
            _ => 3,
        };
        var needs = new Needs(random.Chance(d.StepFreeChance), random.Chance(d.GroundFloorChance), minimumRooms);
        var teams = geography.TeamsServing[home];
        var team = teams.Count > 0 && random.Chance(d.CareTeamChance) ? random.Pick(teams) : null;
        return new Client(reference, home, householdSize, income, readiness, wishes, needs, Recovery(random, home, team),
            SharedWithCorporation, team?.Id, ClientStatus.Waiting);
    }

    private HousingWishes Wishes(Random random, MunicipalityCode home)
    {
        var count = random.Draw(d.AreaWishCounts);
        var areas = new List<AreaRef>();
        for (var attempt = 0; areas.Count < count && attempt < 20; attempt++)
        {
            var municipality = random.Chance(d.AreaWishInOwnMunicipality) ? home : random.Pick(geography.Municipalities);
            var area = random.Draw(d.AreaWishLevels) switch
            {
                AreaLevel.Neighbourhood => AreaRef.Of(random.Pick(geography.NeighbourhoodsOf[municipality]).Code),
                AreaLevel.District => AreaRef.Of(random.Pick(geography.DistrictsOf[municipality])),
                _ => AreaRef.Of(municipality),
            };
            if (!areas.Contains(area))
            {
                areas.Add(area);
            }
        }
        var types = new List<DwellingType>();
        if (random.Chance(d.DwellingTypeWishChance))
        {
            var typeCount = Math.Min(d.DwellingTypeWishCount.Draw(random), AllTypes.Length);
            while (types.Count < typeCount)
            {
                var type = random.Pick(AllTypes);
                if (!types.Contains(type))
                {
                    types.Add(type);
                }
            }
        }
        return new HousingWishes([.. areas.Select((a, i) => new AreaWish(i + 1, a))], [.. types.Select((t, i) => new DwellingTypeWish(i + 1, t))]);
    }

    private RecoveryConstraints Recovery(Random random, MunicipalityCode home, CareTeam? team)
    {
        var origin = random.Chance(d.AvoidOriginChance)
            ? new OriginAvoidance(random.Pick(geography.NeighbourhoodsOf[home]).Code, random.Pick(d.AvoidOriginRadiiMetres))
            : null;
        var avoid = random.Chance(d.AvoidDistrictChance)
            ? new List<AreaRef> { AreaRef.Of(random.Pick(geography.DistrictsOf[random.Pick(geography.Municipalities)])) }
            : [];
        int? maxPeers = random.Chance(d.MaxPeersChance) ? d.MaxPeers.Draw(random) : null;
        var anchors = team is not null && random.Chance(d.CareTeamAnchorChance)
            ? new List<SupportAnchor> { new(SupportAnchorKind.CareTeamBase, team.Base, random.Pick(d.CareTeamAnchorDistancesMetres)) }
            : [];
        return new RecoveryConstraints(avoid, origin, maxPeers, anchors);
    }
}
