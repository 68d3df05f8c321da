using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Parties;

namespace BeschermdThuis.Matching.Application;

/// <summary>The region's settings and its corporations (issue 12): read by the parties of the region, written by the administrator.</summary>
public static partial class AccessPolicy
{
    /// <summary>
    /// The parties of the region: the administrator, the region's board, the desks of its municipalities and its
    /// corporations (a corporation's token is only valid for one that exists, <see cref="EnsureKnownParty"/>).
    /// </summary>
    public static void EnsureIsPartyOfRegion(Party party, Region region)
    {
        var member = party.Kind switch
        {
            PartyKind.Administrator or PartyKind.HousingCorporation => true,
            PartyKind.RegionalBoard => party.Id == region.Id,
            PartyKind.MunicipalDesk => region.Municipalities.Any(m => m.Code.Value == party.Id),
            _ => false,
        };
        if (!member)
        {
            throw Denied(party, $"the region's settings and corporations are read by the parties of region '{region.Id}'");
        }
    }

    /// <summary>
    /// A corporation's token names a corporation; it is valid only when that corporation is registered in the region
    /// served. Any other token passes (what it may do is decided per call).
    /// </summary>
    public static void EnsureKnownParty(Party party, bool corporationExists)
    {
        if (party.Kind == PartyKind.HousingCorporation && !corporationExists)
        {
            throw Denied(party, "the token names a corporation that is not registered in the region; an administrator creates it first");
        }
    }
}
