using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.DemoRegion.Population;

/// <summary>What every generator shares: the one seeded random source, the real geography and the reference date.</summary>
internal sealed class GenerationContext
{
    public GenerationContext(DemoRegionData region, int seed, DateOnly referenceDate)
    {
        Random = new Random(seed);
        Region = region;
        ReferenceDate = referenceDate;
        Locator = region.CreateLocator();
        Municipalities = [.. region.Region.Municipalities.Select(m => m.Code)];
        NeighbourhoodsOf = Municipalities.ToDictionary(
            m => m,
            m => (IReadOnlyList<Neighbourhood>)[.. region.Neighbourhoods.Where(n => n.Municipality == m)]);
        DistrictsOf = Municipalities.ToDictionary(
            m => m,
            m => (IReadOnlyList<DistrictCode>)[.. region.Region.Districts.Where(d => d.Municipality == m).Select(d => d.Code)]);
    }

    public Random Random { get; }

    public DemoRegionData Region { get; }

    public DateOnly ReferenceDate { get; }

    public NeighbourhoodLocator Locator { get; }

    /// <summary>The region's municipalities in code order (never dictionary order).</summary>
    public IReadOnlyList<MunicipalityCode> Municipalities { get; }

    public IReadOnlyDictionary<MunicipalityCode, IReadOnlyList<Neighbourhood>> NeighbourhoodsOf { get; }

    public IReadOnlyDictionary<MunicipalityCode, IReadOnlyList<DistrictCode>> DistrictsOf { get; }

    public int InhabitantsOf(MunicipalityCode municipality) => NeighbourhoodsOf[municipality].Sum(n => n.Inhabitants);

    /// <summary>A neighbourhood of the municipality, more likely where more people live.</summary>
    public Neighbourhood PickNeighbourhood(MunicipalityCode municipality) =>
        Random.PickWeighted([.. NeighbourhoodsOf[municipality].Select(n => (n, n.Inhabitants + 1.0))]);

    /// <summary>A random point inside a neighbourhood of the municipality, weighted by inhabitants.</summary>
    public GeoPoint PickPointIn(MunicipalityCode municipality) => PolygonSampler.SampleInside(Random, PickNeighbourhood(municipality).Boundary);
}
