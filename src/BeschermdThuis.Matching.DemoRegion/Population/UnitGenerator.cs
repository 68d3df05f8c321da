using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.DemoRegion.Population;

/// <summary>
/// Synthetic units at random points inside real neighbourhoods; the neighbourhood is derived from the point by
/// <see cref="HousingUnit.Place"/>. Mostly independent 1-3 room homes with an indefinite tenancy in the tenant's own name.
/// </summary>
internal static class UnitGenerator
{
    private static readonly (DwellingType, double)[] DwellingTypes =
    [
        (DwellingType.Independent, 0.70), (DwellingType.Clustered, 0.10), (DwellingType.Scattered, 0.10),
        (DwellingType.HousingFirst, 0.08), (DwellingType.SkaeveHuse, 0.02),
    ];

    private static readonly (int, double)[] Rooms = [(1, 0.30), (2, 0.40), (3, 0.25), (4, 0.05)];

    private static readonly (ContractForm, double)[] ContractForms =
        [(ContractForm.OwnName, 0.80), (ContractForm.IntermediateLetting, 0.12), (ContractForm.FlipContract, 0.08)];

    public static IReadOnlyList<HousingUnit> Generate(
        GenerationContext context, FamilyProfile profile, IReadOnlyList<DemoCorporation> corporations, int count)
    {
        var random = context.Random;
        var corporationWeights = corporations.Select(c => (c, c.Share)).ToArray();
        var units = new List<HousingUnit>(count);
        for (var i = 1; i <= count; i++)
        {
            var corporation = random.PickWeighted(corporationWeights);
            var municipality = random.PickWeighted([.. corporation.Municipalities.Select(m => (m, (double)context.InhabitantsOf(m)))]);
            var location = context.PickPointIn(municipality);
            var dwellingType = random.PickWeighted(DwellingTypes);
            var rooms = dwellingType == DwellingType.SkaeveHuse ? 1 : random.PickWeighted(Rooms);
            units.Add(HousingUnit.Place(
                context.Locator,
                $"u-{i:D5}",
                corporation.Corporation.Id,
                location,
                dwellingType,
                rooms,
                Access(random, dwellingType),
                profile.Rent(random, rooms),
                random.Chance(0.85) ? TenancyKind.Indefinite : TenancyKind.Temporary,
                random.PickWeighted(ContractForms),
                context.ReferenceDate.AddDays(random.Between(-30, 120))));
        }
        return units;
    }

    private static UnitAccess Access(Random random, DwellingType type)
    {
        if (type == DwellingType.SkaeveHuse)
        {
            return new UnitAccess(0, true);
        }
        var floor = random.PickWeighted([(0, 0.35), (random.Between(1, 4), 0.55), (random.Between(5, 12), 0.10)]);
        var stepFree = floor == 0 ? random.Chance(0.8) : random.Chance(floor >= 5 ? 0.9 : 0.35);
        return new UnitAccess(floor, stepFree);
    }

    /// <summary>The demo's rents: net rent between about 450 and 850 euros, higher with more rooms; service costs 0 to 60 euros.</summary>
    public static UnitRent Rent(Random random, int rooms)
    {
        var netRent = Math.Min(85_000, random.Between(45_000, 70_000) + ((rooms - 1) * random.Between(2_000, 6_000)));
        var serviceCosts = random.Chance(0.2) ? 0 : random.Between(500, 6_000);
        return new UnitRent(new EuroCents(netRent), new EuroCents(serviceCosts));
    }
}
