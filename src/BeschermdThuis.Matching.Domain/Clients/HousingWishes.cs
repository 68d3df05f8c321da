using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.Domain.Clients;

/// <summary>A wished area; rank 1 is the most wanted.</summary>
public sealed record AreaWish(int Rank, AreaRef Area);

/// <summary>A wished dwelling type; rank 1 is the most wanted.</summary>
public sealed record DwellingTypeWish(int Rank, DwellingType DwellingType);

/// <summary>
/// The client's say in the choice of home (principle 4): ranked areas and ranked dwelling types.
/// Areas are preferences (a home elsewhere is still possible); dwelling types listed are the ones the client
/// accepts, and an empty list means every type is acceptable.
/// </summary>
public sealed record HousingWishes
{
    public HousingWishes(IReadOnlyList<AreaWish> areas, IReadOnlyList<DwellingTypeWish> dwellingTypes)
    {
        new Validator()
            .AtMost(areas.Count, DomainRanges.MaxAreaWishes, "areas")
            .AtMost(dwellingTypes.Count, Enum.GetValues<DwellingType>().Length, "dwelling_types")
            .Require(IsRanking(areas.Select(a => a.Rank)), "areas", "ranks must be 1, 2, 3, … without gaps or repeats")
            .Require(areas.Select(a => a.Area).Distinct().Count() == areas.Count, "areas", "must not name an area twice")
            .Require(IsRanking(dwellingTypes.Select(d => d.Rank)), "dwelling_types", "ranks must be 1, 2, 3, … without gaps or repeats")
            .Require(dwellingTypes.Select(d => d.DwellingType).Distinct().Count() == dwellingTypes.Count, "dwelling_types", "must not name a type twice")
            .Require(dwellingTypes.All(d => Enum.IsDefined(d.DwellingType)), "dwelling_types", "must be known dwelling types")
            .ThrowIfInvalid();
        Areas = [.. areas.OrderBy(a => a.Rank)];
        DwellingTypes = [.. dwellingTypes.OrderBy(d => d.Rank)];
    }

    public static HousingWishes None { get; } = new([], []);

    public IReadOnlyList<AreaWish> Areas { get; }

    public IReadOnlyList<DwellingTypeWish> DwellingTypes { get; }

    public bool Accepts(DwellingType type) => DwellingTypes.Count == 0 || DwellingTypes.Any(d => d.DwellingType == type);

    /// <summary>The rank of the best area wish containing the neighbourhood, or null when none does.</summary>
    public int? AreaRankOf(NeighbourhoodCode neighbourhood) =>
        Areas.FirstOrDefault(a => a.Area.Contains(neighbourhood))?.Rank;

    public int? DwellingTypeRankOf(DwellingType type) =>
        DwellingTypes.FirstOrDefault(d => d.DwellingType == type)?.Rank;

    private static bool IsRanking(IEnumerable<int> ranks) =>
        ranks.Order().Select((rank, index) => rank == index + 1).All(ok => ok);

    public bool Equals(HousingWishes? other) =>
        other is not null && Areas.SequenceEqual(other.Areas) && DwellingTypes.SequenceEqual(other.DwellingTypes);

    public override int GetHashCode() => HashCode.Combine(Areas.Count, DwellingTypes.Count);
}
