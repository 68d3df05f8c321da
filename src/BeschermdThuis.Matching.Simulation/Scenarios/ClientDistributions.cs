using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Simulation.Scenarios;

/// <summary>
/// What arriving clients wish and need, as distributions. The shipped scenarios carry the numbers the demo population
/// is generated with (household mostly single, 85 % within passend toewijzen, up to three ranked area wishes mostly near
/// home, recovery constraints for about a third), so the simulated queue looks like the demo's.
/// </summary>
public sealed record ClientDistributions
{
    public required IReadOnlyList<Weighted<int>> HouseholdSizes { get; init; }

    public required IReadOnlyList<Weighted<IncomeBand>> IncomeBands { get; init; }

    /// <summary>Days from joining the queue to the readiness date (negative: already ready when registered).</summary>
    public required IntRange ReadinessDaysAfterArrival { get; init; }

    public required IReadOnlyList<Weighted<int>> AreaWishCounts { get; init; }

    public required IReadOnlyList<Weighted<AreaLevel>> AreaWishLevels { get; init; }

    /// <summary>The chance an area wish lies in the client's own municipality (else any municipality of the region).</summary>
    public required double AreaWishInOwnMunicipality { get; init; }

    public required double DwellingTypeWishChance { get; init; }

    public required IntRange DwellingTypeWishCount { get; init; }

    public required double StepFreeChance { get; init; }

    public required double GroundFloorChance { get; init; }

    /// <summary>The chance a single person needs two rooms (households of two need 2, larger ones 3).</summary>
    public required double SingleNeedsTwoRoomsChance { get; init; }

    public required double AvoidOriginChance { get; init; }

    public required IReadOnlyList<int> AvoidOriginRadiiMetres { get; init; }

    public required double AvoidDistrictChance { get; init; }

    public required double MaxPeersChance { get; init; }

    public required IntRange MaxPeers { get; init; }

    /// <summary>The chance the client already has a care team (one serving the client's municipality).</summary>
    public required double CareTeamChance { get; init; }

    /// <summary>The chance a client with a team must live near the team's base.</summary>
    public required double CareTeamAnchorChance { get; init; }

    public required IReadOnlyList<int> CareTeamAnchorDistancesMetres { get; init; }

    public ClientDistributions Validate()
    {
        new Validator()
            .Distribution(HouseholdSizes, "householdSizes", s => s is >= DomainRanges.MinHouseholdSize and <= DomainRanges.MaxHouseholdSize,
                $"household sizes must be between {DomainRanges.MinHouseholdSize} and {DomainRanges.MaxHouseholdSize}")
            .Distribution(IncomeBands, "incomeBands", Enum.IsDefined, "must be known income bands")
            .Range(ReadinessDaysAfterArrival, "readinessDaysAfterArrival", -3650, 3650)
            .Distribution(AreaWishCounts, "areaWishCounts", c => c is >= 0 and <= DomainRanges.MaxAreaWishes,
                $"counts must be between 0 and {DomainRanges.MaxAreaWishes}")
            .Distribution(AreaWishLevels, "areaWishLevels", Enum.IsDefined, "must be known area levels")
            .Probability(AreaWishInOwnMunicipality, "areaWishInOwnMunicipality")
            .Probability(DwellingTypeWishChance, "dwellingTypeWishChance")
            .Range(DwellingTypeWishCount, "dwellingTypeWishCount", 1, 5)
            .Probability(StepFreeChance, "stepFreeChance")
            .Probability(GroundFloorChance, "groundFloorChance")
            .Probability(SingleNeedsTwoRoomsChance, "singleNeedsTwoRoomsChance")
            .Probability(AvoidOriginChance, "avoidOriginChance")
            .Require(AvoidOriginRadiiMetres.Count > 0 && AvoidOriginRadiiMetres.All(r => r is >= 0 and <= DomainRanges.MaxOriginRadiusMetres),
                "avoidOriginRadiiMetres", $"must list radii between 0 and {DomainRanges.MaxOriginRadiusMetres}")
            .Probability(AvoidDistrictChance, "avoidDistrictChance")
            .Probability(MaxPeersChance, "maxPeersChance")
            .Range(MaxPeers, "maxPeers", 0, DomainRanges.MaxPeersInNeighbourhood)
            .Probability(CareTeamChance, "careTeamChance")
            .Probability(CareTeamAnchorChance, "careTeamAnchorChance")
            .Require(CareTeamAnchorDistancesMetres.Count > 0 && CareTeamAnchorDistancesMetres.All(d => d is >= 1 and <= DomainRanges.MaxAnchorDistanceMetres),
                "careTeamAnchorDistancesMetres", $"must list distances between 1 and {DomainRanges.MaxAnchorDistanceMetres}")
            .ThrowIfInvalid();
        return this;
    }
}
