using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Domain.Stock;

/// <summary>
/// The rent of a unit. <see cref="ServiceCosts"/> are the service costs that count towards the rent used for
/// passend toewijzen (the "rekenhuur" = net rent + those service costs).
/// </summary>
public sealed record UnitRent
{
    public UnitRent(EuroCents netRent, EuroCents serviceCosts)
    {
        new Validator()
            .Require(netRent.Value > 0, "net_rent", "must be positive")
            .Require(!serviceCosts.IsNegative, "service_costs", "must not be negative")
            .ThrowIfInvalid();
        NetRent = netRent;
        ServiceCosts = serviceCosts;
    }

    public EuroCents NetRent { get; }

    public EuroCents ServiceCosts { get; }

    /// <summary>The rent tested against the rent limits.</summary>
    public EuroCents QualifyingRent => NetRent + ServiceCosts;
}

/// <summary>Where in the building the unit is and how it is reached.</summary>
public sealed record UnitAccess
{
    public UnitAccess(int floor, bool stepFree)
    {
        if (floor is < -1 or > 60)
        {
            throw new DomainValidationException("floor", "must be between -1 and 60");
        }
        Floor = floor;
        StepFree = stepFree;
    }

    /// <summary>0 is the ground floor.</summary>
    public int Floor { get; }

    /// <summary>Reachable without steps (ground floor or a lift).</summary>
    public bool StepFree { get; }

    public bool IsGroundFloor => Floor == 0;
}
