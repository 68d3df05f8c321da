namespace BeschermdThuis.Matching.Solver.Results;

public enum ConflictKind
{
    /// <summary>A pinned pair.</summary>
    Pin = 1,

    /// <summary>A pinned pair that fails a hard rule on its own.</summary>
    PinIneligible = 2,

    NeighbourhoodNewPlacements = 3,
    NeighbourhoodCeiling = 4,
    CareTeamCaseload = 5,
    AgreementCap = 6,
    PeerLimit = 7,
}

/// <summary>One hard constraint in a set that cannot all hold together, in domain terms.</summary>
public sealed record ConstraintConflict(ConflictKind Kind, string Subject, int Limit, int PinnedDemand, string Detail)
{
    public override string ToString() => Detail;
}
