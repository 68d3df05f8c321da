namespace BeschermdThuis.Matching.Domain.Stock;

/// <summary>The housing types of principle 1 (inclusive living): all are homes in an ordinary neighbourhood.</summary>
public enum DwellingType
{
    /// <summary>An ordinary self-contained home.</summary>
    Independent = 1,

    /// <summary>Self-contained homes grouped together, with shared space or support nearby.</summary>
    Clustered = 2,

    /// <summary>Scattered (gespikkeld): single units among ordinary homes in a complex.</summary>
    Scattered = 3,

    /// <summary>A Housing First unit: a home first, support offered without conditions.</summary>
    HousingFirst = 4,

    /// <summary>A small detached unit for people who do not fit in ordinary housing.</summary>
    SkaeveHuse = 5,
}

/// <summary>Principle 3: a home for an indefinite period is the norm; temporary contracts are flagged.</summary>
public enum TenancyKind
{
    Indefinite = 1,
    Temporary = 2,
}

/// <summary>Principle 5: the tenancy in the person's own name is the normal form.</summary>
public enum ContractForm
{
    /// <summary>The tenant rents in their own name.</summary>
    OwnName = 1,

    /// <summary>The care provider rents and sublets (intermediaire verhuur).</summary>
    IntermediateLetting = 2,

    /// <summary>Starts with the care provider and flips to the tenant later (omklapcontract).</summary>
    FlipContract = 3,
}

public enum UnitStatus
{
    /// <summary>Offered for matching.</summary>
    Available = 1,

    /// <summary>Proposed to a client; not offered to another until the proposal ends.</summary>
    Reserved = 2,

    /// <summary>Let: a tenancy was signed.</summary>
    Let = 3,

    /// <summary>Withdrawn by the corporation.</summary>
    Withdrawn = 4,
}
