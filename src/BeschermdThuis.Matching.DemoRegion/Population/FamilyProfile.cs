using BeschermdThuis.Matching.Domain.Care;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.DemoRegion.Population;

/// <summary>
/// The draws in which the population families differ. The generators call these at fixed places in their order of
/// draws, so <see cref="Demo"/> consumes the seeded random source exactly as the generators did before families existed.
/// </summary>
internal abstract class FamilyProfile
{
    public static FamilyProfile Demo { get; } = new DemoProfile();

    public static FamilyProfile For(PopulationFamily family) => family switch
    {
        PopulationFamily.Demo => Demo,
        PopulationFamily.Spread => SpreadProfile.Spread,
        PopulationFamily.Tight => SpreadProfile.Tight,
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, "unknown population family"),
    };

    /// <summary>The region's neighbourhoods with the protected homes already there and, where the family sets them, own load limits.</summary>
    public abstract IReadOnlyList<Neighbourhood> Neighbourhoods(GenerationContext context);

    public abstract UnitRent Rent(Random random, int rooms);

    public abstract DateOnly Readiness(GenerationContext context);

    public abstract HousingWishes Wishes(GenerationContext context, MunicipalityCode home);

    public abstract RecoveryConstraints Recovery(GenerationContext context, MunicipalityCode home, CareTeam? team);

    private sealed class DemoProfile : FamilyProfile
    {
        public override IReadOnlyList<Neighbourhood> Neighbourhoods(GenerationContext context) => ProtectedHomesGenerator.Generate(context);

        public override UnitRent Rent(Random random, int rooms) => UnitGenerator.Rent(random, rooms);

        public override DateOnly Readiness(GenerationContext context) => context.ReferenceDate.AddDays(context.Random.Between(-240, 120));

        public override HousingWishes Wishes(GenerationContext context, MunicipalityCode home) => WishGenerator.Wishes(context, home);

        public override RecoveryConstraints Recovery(GenerationContext context, MunicipalityCode home, CareTeam? team) =>
            WishGenerator.Recovery(context, home, team);
    }
}
