using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Domain.Affordability;

/// <summary>
/// Passend toewijzen: the maximum rent a household may be offered, from its income band, its size and the
/// year's published limits. Limits are configuration data (see <c>config/affordability.json</c>), never code.
/// </summary>
public sealed class AffordabilityPolicy
{
    /// <summary>Where the figures live, as every error about a missing figure names it.</summary>
    public const string ConfigurationFile = "config/affordability.json";

    private readonly IReadOnlyDictionary<int, YearlyRentLimits> _years;

    public AffordabilityPolicy(IEnumerable<YearlyRentLimits> years)
    {
        _years = years.ToDictionary(y => y.Year);
    }

    public IReadOnlyCollection<int> Years => [.. _years.Keys.Order()];

    public YearlyRentLimits LimitsFor(int year) =>
        _years.TryGetValue(year, out var limits)
            ? limits
            : throw new AffordabilityConfigurationException($"affordability {year}: no rent limits are configured for {year} in {ConfigurationFile}");

    public bool HasYear(int year) => _years.ContainsKey(year);

    /// <summary>
    /// The highest qualifying rent (net rent + counted service costs) the household may be offered,
    /// or null when the band gives no right to social rent at all.
    /// </summary>
    /// <exception cref="AffordabilityConfigurationException">The year, or the limit this household needs, is not configured.</exception>
    public EuroCents? MaxRentFor(IncomeBand band, int householdSize, int year) => RentLimitFor(band, householdSize, year).MaxRent;

    /// <summary>The rent limit of the household in <paramref name="year"/>, with the figure that decides it and the income limits of its shape.</summary>
    /// <exception cref="AffordabilityConfigurationException">The year, or the limit this household needs, is not configured; the message names it.</exception>
    public RentLimit RentLimitFor(IncomeBand band, int householdSize, int year)
    {
        var limits = LimitsFor(year);
        var small = householdSize <= limits.SmallHouseholdMaxPersons;
        (RentLimitBasis Basis, EuroCents? MaxRent) decision = band switch
        {
            IncomeBand.WithinPassendToewijzen when small => (RentLimitBasis.AftoppingsgrensLower,
                limits.RentCapSmallHousehold ?? throw Unset(year, $"aftoppingsgrens (lower, households of 1-{limits.SmallHouseholdMaxPersons} persons; rentCapSmallHousehold)")),
            IncomeBand.WithinPassendToewijzen => (RentLimitBasis.AftoppingsgrensHigher,
                limits.RentCapLargeHousehold ?? throw Unset(year, $"aftoppingsgrens (higher, households of {limits.SmallHouseholdMaxPersons + 1} or more persons; rentCapLargeHousehold)")),
            IncomeBand.WithinDaeb => (RentLimitBasis.Liberalisatiegrens,
                limits.SocialRentCeiling ?? throw Unset(year, "liberalisatiegrens (DAEB rent limit; socialRentCeiling)")),
            IncomeBand.AboveDaeb => (RentLimitBasis.NoSocialRent, null),
            _ => throw new ArgumentOutOfRangeException(nameof(band), band, "unknown income band"),
        };
        var onePerson = householdSize == 1;
        return new RentLimit(year, band, householdSize, decision.Basis, decision.MaxRent, limits.Source,
            limits.PassendToewijzenIncomeLimit?.For(onePerson),
            limits.PassendToewijzenIncomeLimitElderly?.For(onePerson),
            limits.DaebIncomeLimit?.For(onePerson));
    }

    private static AffordabilityConfigurationException Unset(int year, string figure) =>
        new($"affordability {year}: {figure} is not configured in {ConfigurationFile}; enter it from the published notice before using {year}'s limits");
}
