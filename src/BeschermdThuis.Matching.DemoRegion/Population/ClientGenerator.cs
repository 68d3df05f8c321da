using BeschermdThuis.Matching.Domain.Care;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.DemoRegion.Population;

/// <summary>
/// Pseudonymous synthetic clients ("c-0001", …): mostly single, mostly in the passend-toewijzen band, most of them
/// the responsibility of Nijmegen (the central municipality), with ranked wishes and recovery constraints.
/// </summary>
internal static class ClientGenerator
{
    private static readonly (string, double)[] ResponsibleMunicipalities =
    [
        ("GM0268", 0.55), ("GM0296", 0.12), ("GM1945", 0.11), ("GM0209", 0.09), ("GM0252", 0.07), ("GM0944", 0.06),
    ];

    private static readonly (IncomeBand, double)[] IncomeBands =
        [(IncomeBand.WithinPassendToewijzen, 0.85), (IncomeBand.WithinDaeb, 0.13), (IncomeBand.AboveDaeb, 0.02)];

    private static readonly (ConsentScope, double)[] Consents =
    [
        (ConsentScope.HouseholdSize | ConsentScope.Needs | ConsentScope.SupportArrangement | ConsentScope.ReadinessDate, 0.6),
        (ConsentScope.HouseholdSize | ConsentScope.Needs, 0.2),
        (ConsentScope.HouseholdSize | ConsentScope.Needs | ConsentScope.SupportArrangement | ConsentScope.ReadinessDate | ConsentScope.IncomeBand, 0.15),
        (ConsentScope.None, 0.05),
    ];

    public static IReadOnlyList<Client> Generate(GenerationContext context, FamilyProfile profile, IReadOnlyList<CareTeam> teams, int count)
    {
        var random = context.Random;
        var municipalities = ResponsibleMunicipalities.Select(m => (new MunicipalityCode(m.Item1), m.Item2)).ToArray();
        var clients = new List<Client>(count);
        for (var i = 1; i <= count; i++)
        {
            var municipality = random.PickWeighted(municipalities);
            var householdSize = random.PickWeighted([(1, 0.80), (2, 0.15), (3, 0.05)]);
            var team = PickTeam(random, teams, municipality);
            clients.Add(new Client(
                new ClientReference($"c-{i:D4}"),
                municipality,
                householdSize,
                random.PickWeighted(IncomeBands),
                profile.Readiness(context),
                profile.Wishes(context, municipality),
                Needs(random, householdSize),
                profile.Recovery(context, municipality, team),
                random.PickWeighted(Consents),
                team?.Id,
                ClientStatus.Waiting));
        }
        return clients;
    }

    // Continuity of care: a team that already works in the client's municipality; a few clients have none yet.
    private static CareTeam? PickTeam(Random random, IReadOnlyList<CareTeam> teams, MunicipalityCode municipality)
    {
        if (random.Chance(0.1))
        {
            return null;
        }
        var serving = teams.Where(t => t.ServiceArea.Municipalities.Contains(municipality) || (t.ServiceArea.Area is not null && municipality.Value == "GM0268")).ToList();
        return serving.Count == 0 ? null : random.Pick(serving);
    }

    private static Needs Needs(Random random, int householdSize)
    {
        var minimumRooms = householdSize switch
        {
            1 => random.Chance(0.8) ? 1 : 2,
            2 => 2,
            _ => 3,
        };
        return new Needs(random.Chance(0.12), random.Chance(0.06), minimumRooms);
    }
}
