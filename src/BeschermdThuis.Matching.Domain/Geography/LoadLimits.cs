using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Domain.Geography;

/// <summary>
/// How much a neighbourhood can carry (belastbaarheid): at most <see cref="NewPlacementsPerPeriod"/> new protected
/// homes per placement period, and at most <see cref="MaxProtectedHomesPerThousandInhabitants"/> protected homes in
/// total for every 1,000 inhabitants. The region sets a default; a neighbourhood may override it, for instance
/// lower where the Leefbaarometer score is low.
/// </summary>
public sealed record LoadLimits
{
    public LoadLimits(int newPlacementsPerPeriod, decimal maxProtectedHomesPerThousandInhabitants)
    {
        new Validator()
            .InRange(newPlacementsPerPeriod, 0, DomainRanges.MaxNewPlacementsPerPeriod, "new_placements_per_period")
            .Require(maxProtectedHomesPerThousandInhabitants is >= 0 and <= DomainRanges.MaxProtectedHomesPerThousand,
                "max_protected_homes_per_thousand", $"must be between 0 and {DomainRanges.MaxProtectedHomesPerThousand}")
            .ThrowIfInvalid();
        NewPlacementsPerPeriod = newPlacementsPerPeriod;
        MaxProtectedHomesPerThousandInhabitants = maxProtectedHomesPerThousandInhabitants;
    }

    public int NewPlacementsPerPeriod { get; }

    public decimal MaxProtectedHomesPerThousandInhabitants { get; }

    /// <summary>The ceiling in homes for a neighbourhood of the given size, rounded down.</summary>
    public int CeilingFor(int inhabitants) => (int)decimal.Floor(inhabitants * MaxProtectedHomesPerThousandInhabitants / 1000m);
}
