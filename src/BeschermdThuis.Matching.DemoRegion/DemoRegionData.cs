using BeschermdThuis.Matching.DemoRegion.Loading;
using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.DemoRegion;

/// <summary>
/// The real geography of the demo region: the region (municipalities, districts, default limits) and its
/// neighbourhoods ordered by code. Inhabitants per buurt are estimates (<see cref="Neighbourhood.InhabitantsEstimated"/>);
/// <see cref="Neighbourhood.ExistingProtectedHomes"/> is 0 here: the synthetic population fills it in.
/// </summary>
public sealed record DemoRegionData(Region Region, IReadOnlyList<Neighbourhood> Neighbourhoods, DemoSettings Settings)
{
    /// <summary>The attribution that must accompany the boundaries wherever they are shipped or shown.</summary>
    public const string Attribution = "Bron: CBS / Kadaster, Wijk- en Buurtkaart 2025 (CC BY 4.0)";

    public NeighbourhoodLocator CreateLocator() => new(Neighbourhoods);

    public Neighbourhood Neighbourhood(NeighbourhoodCode code) =>
        Neighbourhoods.FirstOrDefault(n => n.Code == code)
        ?? throw new KeyNotFoundException($"{code} is not a neighbourhood of {Region.Id}");
}
