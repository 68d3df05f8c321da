using BeschermdThuis.Matching.Domain.Care;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.DemoRegion.Population;

/// <summary>
/// The <see cref="PopulationFamily.Spread"/> and <see cref="PopulationFamily.Tight"/> families: the same draws, with
/// the peer limits a client may set and the new-placement limits a neighbourhood may have taken from different sets.
/// </summary>
internal sealed class SpreadProfile(IReadOnlyList<int?> peerLimits, IReadOnlyList<int> newPlacementLimits) : FamilyProfile
{
    public const int MaxExistingProtectedHomes = 6;
    public const int MinNetRentCents = 48_000;
    public const int MaxNetRentCents = 88_000;

    /// <summary>Readiness lies up to this many days before or after the reference date: six months in all.</summary>
    public const int ReadinessDaysEitherSide = 91;

    public static SpreadProfile Spread { get; } = new([null, 8, 5, 3], [1, 2, 3, 5, 8]);

    // 1 twice: the tight family's limit is 1 half of the time.
    public static SpreadProfile Tight { get; } = new([null, 4, 3, 2], [0, 1, 1, 2]);

    /// <summary>
    /// 0 to 6 protected homes already in every neighbourhood (never more than its inhabitants) and an own limit on new
    /// placements. The ceiling per 1,000 inhabitants is lifted to the domain's maximum: with the region's 3 per 1,000,
    /// 0 to 6 homes already there would close about 60 % of the neighbourhoods, and it is the new-placement and peer
    /// limits these families are about (with the ceiling kept, 200 x 500 gives about 7,300 eligible pairs instead of
    /// about 8,300 (median of 20 seeds); the instances had 9,484).
    /// </summary>
    public override IReadOnlyList<Neighbourhood> Neighbourhoods(GenerationContext context)
    {
        var random = context.Random;
        return
        [
            .. context.Region.Neighbourhoods.Select(n =>
            {
                var existing = Math.Min(n.Inhabitants, random.Between(0, MaxExistingProtectedHomes));
                var limits = new LoadLimits(random.Pick(newPlacementLimits), DomainRanges.MaxProtectedHomesPerThousand);
                return new Neighbourhood(n.Code, n.Name, n.Boundary, n.Inhabitants, n.InhabitantsEstimated, existing, limits);
            }),
        ];
    }

    /// <summary>Net rent uniform from 480 to 880 euros whatever the rooms; service costs as in the demo.</summary>
    public override UnitRent Rent(Random random, int rooms)
    {
        var netRent = random.Between(MinNetRentCents, MaxNetRentCents);
        var serviceCosts = random.Chance(0.2) ? 0 : random.Between(500, 6_000);
        return new UnitRent(new EuroCents(netRent), new EuroCents(serviceCosts));
    }

    public override DateOnly Readiness(GenerationContext context) =>
        context.ReferenceDate.AddDays(context.Random.Between(-ReadinessDaysEitherSide, ReadinessDaysEitherSide));

    public override HousingWishes Wishes(GenerationContext context, MunicipalityCode home) => SpreadWishGenerator.Wishes(context);

    public override RecoveryConstraints Recovery(GenerationContext context, MunicipalityCode home, CareTeam? team) =>
        SpreadWishGenerator.Recovery(context, home, peerLimits);
}
