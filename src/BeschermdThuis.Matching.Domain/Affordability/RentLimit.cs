using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Domain.Affordability;

/// <summary>Which published figure caps a household's rent (passend toewijzen).</summary>
public enum RentLimitBasis
{
    /// <summary>The lower aftoppingsgrens: income within the passend-toewijzen limit, a small household (1-2 persons).</summary>
    AftoppingsgrensLower = 1,

    /// <summary>The higher aftoppingsgrens: income within the passend-toewijzen limit, 3 or more persons.</summary>
    AftoppingsgrensHigher = 2,

    /// <summary>The liberalisatiegrens (DAEB rent limit): income above passend toewijzen, within the DAEB limit.</summary>
    Liberalisatiegrens = 3,

    /// <summary>Income above the DAEB limit: no social-rent allocation at all.</summary>
    NoSocialRent = 4,
}

/// <summary>
/// The highest qualifying rent passend toewijzen allows one household in one year, the figure that decides it and
/// where the year's figures come from. The income limits that go with the household's shape (one person or more) are
/// given for the desk's explanation; each is null when the configuration does not hold it. The elderly limit applies
/// to households that have reached the state pension age.
/// </summary>
public sealed record RentLimit(
    int Year,
    IncomeBand IncomeBand,
    int HouseholdSize,
    RentLimitBasis Basis,
    EuroCents? MaxRent,
    string Source,
    EuroCents? PassendToewijzenIncomeLimit,
    EuroCents? PassendToewijzenIncomeLimitElderly,
    EuroCents? DaebIncomeLimit);
