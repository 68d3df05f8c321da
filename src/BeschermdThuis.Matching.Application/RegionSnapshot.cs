using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Application;

/// <summary>A region with its neighbourhoods and a locator over their boundaries, as stored at one moment.</summary>
public sealed class RegionSnapshot
{
    private readonly HashSet<string> _neighbourhoodCodes;
    private readonly HashSet<string> _districtCodes;

    public RegionSnapshot(Region region, IReadOnlyList<Neighbourhood> neighbourhoods)
    {
        Region = region;
        Neighbourhoods = neighbourhoods;
        Locator = new NeighbourhoodLocator(neighbourhoods);
        _neighbourhoodCodes = neighbourhoods.Select(n => n.Code.Value).ToHashSet(StringComparer.Ordinal);
        _districtCodes = region.Districts.Select(d => d.Code.Value)
            .Concat(neighbourhoods.Select(n => n.District.Value))
            .ToHashSet(StringComparer.Ordinal);
    }

    public Region Region { get; }

    public IReadOnlyList<Neighbourhood> Neighbourhoods { get; }

    public NeighbourhoodLocator Locator { get; }

    /// <summary>True when the area (municipality, district or neighbourhood) belongs to this region.</summary>
    public bool Contains(AreaRef area) => area.Level switch
    {
        AreaLevel.Municipality => Region.Includes(new MunicipalityCode(area.Code)),
        AreaLevel.District => _districtCodes.Contains(area.Code),
        AreaLevel.Neighbourhood => _neighbourhoodCodes.Contains(area.Code),
        _ => false,
    };
}
