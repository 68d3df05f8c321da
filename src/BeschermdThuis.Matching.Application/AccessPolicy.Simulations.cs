using BeschermdThuis.Matching.Domain.Parties;

namespace BeschermdThuis.Matching.Application;

public static partial class AccessPolicy
{
    /// <summary>
    /// Quota simulations are the board's tool before it signs an agreement: the region's board and an administrator
    /// start, read and list them (they hold aggregates only). Desks and corporations may not: a run occupies the server's
    /// cores, and the agreements it weighs are the board's to negotiate.
    /// </summary>
    public static void EnsureCanUseSimulations(Party party, string regionId)
    {
        if (!(party.IsAdministrator || (party.Kind == PartyKind.RegionalBoard && party.Id == regionId)))
        {
            throw Denied(party, "only the regional board of the region or an administrator runs and reads quota simulations");
        }
    }
}
