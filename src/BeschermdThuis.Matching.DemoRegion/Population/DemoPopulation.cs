using BeschermdThuis.Matching.Domain.Agreements;
using BeschermdThuis.Matching.Domain.Care;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.DemoRegion.Population;

/// <summary>
/// A synthetic population on top of the real demo region. Everything here is generated and fictional:
/// corporations, units, clients, care teams, agreements and the counts of protected homes already in each
/// neighbourhood (<see cref="Neighbourhoods"/> are the region's real neighbourhoods with those counts filled in).
/// The same region, seed, size and reference date always give an equal population.
/// </summary>
public sealed record DemoPopulation(
    int Seed,
    DateOnly ReferenceDate,
    IReadOnlyList<Neighbourhood> Neighbourhoods,
    IReadOnlyList<HousingCorporation> Corporations,
    IReadOnlyList<HousingUnit> Units,
    IReadOnlyList<CareTeam> CareTeams,
    IReadOnlyList<Client> Clients,
    IReadOnlyList<PerformanceAgreement> Agreements)
{
    /// <summary>The seed the CLI demo uses unless told otherwise.</summary>
    public const int DefaultSeed = 2026;

    /// <summary>
    /// Generates the <see cref="PopulationFamily.Demo"/> population. Only <see cref="System.Random"/> seeded with
    /// <paramref name="seed"/> is used, in a fixed order; <paramref name="referenceDate"/> anchors readiness and
    /// availability dates (no clock is read).
    /// </summary>
    public static DemoPopulation Generate(DemoRegionData region, int seed, DemoPopulationSize size, DateOnly referenceDate) =>
        Generate(region, seed, size, referenceDate, PopulationFamily.Demo);

    /// <summary>
    /// Generates a population of the given <paramref name="family"/>; <see cref="PopulationFamily.Demo"/> gives exactly
    /// what the four-argument overload gives. A family's own load limits are the neighbourhoods'
    /// <see cref="Neighbourhood.LimitsOverride"/>, so a match problem built from <see cref="Neighbourhoods"/> with the
    /// region's default limits sees them.
    /// </summary>
    public static DemoPopulation Generate(DemoRegionData region, int seed, DemoPopulationSize size, DateOnly referenceDate, PopulationFamily family)
    {
        var profile = FamilyProfile.For(family);
        var context = new GenerationContext(region, seed, referenceDate);
        var neighbourhoods = profile.Neighbourhoods(context);
        var corporations = CorporationGenerator.Generate();
        var careTeams = CareTeamGenerator.Generate(context, size.Clients);
        var units = UnitGenerator.Generate(context, profile, corporations, size.Units);
        var clients = ClientGenerator.Generate(context, profile, careTeams, size.Clients);
        var agreements = AgreementGenerator.Generate(context, corporations, units);
        return new DemoPopulation(
            seed, referenceDate, neighbourhoods, [.. corporations.Select(c => c.Corporation)], units, careTeams, clients, agreements);
    }

    public bool Equals(DemoPopulation? other) =>
        other is not null
        && Seed == other.Seed
        && ReferenceDate == other.ReferenceDate
        && Neighbourhoods.SequenceEqual(other.Neighbourhoods)
        && Corporations.SequenceEqual(other.Corporations)
        && Units.SequenceEqual(other.Units)
        && CareTeams.SequenceEqual(other.CareTeams)
        && Clients.SequenceEqual(other.Clients)
        && Agreements.SequenceEqual(other.Agreements);

    public override int GetHashCode() => HashCode.Combine(Seed, ReferenceDate, Units.Count, Clients.Count);
}
