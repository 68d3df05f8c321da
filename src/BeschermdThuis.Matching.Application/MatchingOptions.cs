namespace BeschermdThuis.Matching.Application;

/// <summary>The region this server serves (configuration <c>Matching:RegionId</c>, default "regio-nijmegen").</summary>
public sealed record MatchingOptions(string RegionId)
{
    public const string DefaultRegionId = "regio-nijmegen";

    /// <summary>A region this server does not serve is answered as one that does not exist.</summary>
    public void EnsureServes(string regionId)
    {
        if (regionId != RegionId)
        {
            throw new NotFoundException(ResourceNames.Region(regionId));
        }
    }
}
