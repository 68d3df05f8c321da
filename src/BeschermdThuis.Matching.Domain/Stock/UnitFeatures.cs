using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Domain.Stock;

/// <summary>
/// The rent of a unit. <see cref="ServiceCosts"/> are the service costs that count towards the rent used for
/// passend toewijzen (the "rekenhuur" = net rent + those service costs). Both are at most
/// <see cref="DomainRanges.MaxMonthlyAmountCents"/>, so their sum can never overflow.
/// </summary>
public sealed record UnitRent
{
    public UnitRent(EuroCents netRent, EuroCents serviceCosts)
    {
        new Validator()
            .InRange(netRent.Value, 1, DomainRanges.MaxMonthlyAmountCents, "net_rent")
            .InRange(serviceCosts.Value, 0, DomainRanges.MaxMonthlyAmountCents, "service_costs")
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
        new Validator().InRange(floor, DomainRanges.MinFloor, DomainRanges.MaxFloor, "floor").ThrowIfInvalid();
        Floor = floor;
        StepFree = stepFree;
    }

    /// <summary>0 is the ground floor.</summary>
    public int Floor { get; }

    /// <summary>Reachable without steps (ground floor or a lift).</summary>
    public bool StepFree { get; }

    public bool IsGroundFloor => Floor == 0;
}
