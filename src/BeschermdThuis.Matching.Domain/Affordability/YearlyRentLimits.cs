using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Domain.Affordability;

/// <summary>Income limits for one household shape (one person / more persons), in whole euros per year.</summary>
public sealed record IncomeLimit(EuroCents OnePerson, EuroCents MorePersons)
{
    public EuroCents For(bool onePerson) => onePerson ? OnePerson : MorePersons;
}

/// <summary>
/// The published limits of one calendar year. A limit that is not confirmed is left null; using it is a
/// configuration error (<see cref="AffordabilityConfigurationException"/>), never a guess.
/// <see cref="PassendToewijzenIncomeLimitElderly"/> is the passend-toewijzen income limit for households that have
/// reached the state pension age.
/// </summary>
public sealed record YearlyRentLimits(
    int Year,
    string Source,
    EuroCents? SocialRentCeiling,
    EuroCents? RentCapSmallHousehold,
    EuroCents? RentCapLargeHousehold,
    int SmallHouseholdMaxPersons,
    IncomeLimit? PassendToewijzenIncomeLimit,
    IncomeLimit? DaebIncomeLimit,
    IncomeLimit? PassendToewijzenIncomeLimitElderly = null);
