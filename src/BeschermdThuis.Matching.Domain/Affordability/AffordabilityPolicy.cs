using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Domain.Affordability;

/// <summary>
/// Passend toewijzen: the maximum rent a household may be offered, from its income band, its size and the
/// year's published limits. Limits are configuration data (see <c>config/affordability.json</c>), never code.
/// </summary>
public sealed class AffordabilityPolicy
{
    private readonly IReadOnlyDictionary<int, YearlyRentLimits> _years;

    public AffordabilityPolicy(IEnumerable<YearlyRentLimits> years)
    {
        _years = years.ToDictionary(y => y.Year);
    }

    public IReadOnlyCollection<int> Years => [.. _years.Keys.Order()];

    public YearlyRentLimits LimitsFor(int year) =>
        _years.TryGetValue(year, out var limits)
            ? limits
            : throw new AffordabilityConfigurationException($"no rent limits are configured for {year}");

    public bool HasYear(int year) => _years.ContainsKey(year);

    /// <summary>
    /// The highest qualifying rent (net rent + counted service costs) the household may be offered,
    /// or null when the band gives no right to social rent at all.
    /// </summary>
    /// <exception cref="AffordabilityConfigurationException">The year, or the limit this household needs, is not configured.</exception>
    public EuroCents? MaxRentFor(IncomeBand band, int householdSize, int year)
    {
        var limits = LimitsFor(year);
        return band switch
        {
            IncomeBand.WithinPassendToewijzen => householdSize <= limits.SmallHouseholdMaxPersons
                ? limits.RentCapSmallHousehold ?? throw Unset(year, "rent cap for 1-2 person households (aftoppingsgrens laag)")
                : limits.RentCapLargeHousehold ?? throw Unset(year, "rent cap for 3+ person households (aftoppingsgrens hoog)"),
            IncomeBand.WithinDaeb => limits.SocialRentCeiling ?? throw Unset(year, "social-rent ceiling (liberalisatiegrens)"),
            IncomeBand.AboveDaeb => null,
            _ => throw new ArgumentOutOfRangeException(nameof(band), band, "unknown income band"),
        };
    }

    private static AffordabilityConfigurationException Unset(int year, string what) =>
        new($"the {what} for {year} is not configured; enter it from the published notice before matching with {year}'s limits");
}
