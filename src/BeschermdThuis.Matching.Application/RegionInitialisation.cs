using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Application;

/// <summary>A region's reference data: its municipalities, districts, default limits and neighbourhoods; no population.</summary>
public sealed record RegionReferenceData(Region Region, IReadOnlyList<Neighbourhood> Neighbourhoods);

/// <summary>What <see cref="RegionInitialisation.InitialiseAsync"/> did: created the region, or found it stored and changed nothing.</summary>
public sealed record RegionInitialisationResult(string RegionId, bool Created, int Neighbourhoods)
{
    public string Describe() => Created
        ? $"region {RegionId} created: {Neighbourhoods} neighbourhoods, no corporations, units, clients, care teams or agreements"
        : $"region {RegionId} is already in the database ({Neighbourhoods} neighbourhoods); nothing changed";
}

/// <summary>
/// A region without the demo (<c>init</c>, and the server's first start on an empty database): its reference data is
/// stored with its neighbourhoods in one transaction when the region is not stored yet, and nothing is written when it
/// is, so running it again (or two servers starting at once) changes nothing.
/// </summary>
public static class RegionInitialisation
{
    public static async Task<RegionInitialisationResult> InitialiseAsync(
        IRegionRepository regions, RegionReferenceData reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(reference);
        var regionId = reference.Region.Id;
        if (await regions.InitialiseRegionAsync(reference.Region, reference.Neighbourhoods, cancellationToken))
        {
            return new RegionInitialisationResult(regionId, true, reference.Neighbourhoods.Count);
        }
        var stored = await regions.ListNeighbourhoodsAsync(regionId, cancellationToken);
        return new RegionInitialisationResult(regionId, false, stored.Count);
    }
}
