namespace BeschermdThuis.Matching.Application;

/// <summary>The region this server serves (configuration <c>Matching:RegionId</c>, default "regio-nijmegen").</summary>
public sealed record MatchingOptions(string RegionId)
{
    public const string DefaultRegionId = "regio-nijmegen";
}
