namespace BeschermdThuis.Matching.Domain.Clients;

/// <summary>
/// The client's household income relative to the limits of passend toewijzen; the affordability policy
/// turns it, with the household size and the year, into a maximum rent. The income itself is never stored.
/// </summary>
public enum IncomeBand
{
    /// <summary>At or below the passend-toewijzen income limit: rent at most the aftoppingsgrens.</summary>
    WithinPassendToewijzen = 1,

    /// <summary>Above the passend-toewijzen limit, within the DAEB limit: rent at most the liberalisatiegrens.</summary>
    WithinDaeb = 2,

    /// <summary>Above the DAEB limit: no social-rent allocation.</summary>
    AboveDaeb = 3,
}
