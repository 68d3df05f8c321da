using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Domain.Proposals;

/// <summary>
/// Principle 6, supported living: the care team that will support the client at the unit has confirmed it, from
/// <see cref="StartsOn"/>. A tenancy is signed only with this in place, and the move cannot come before it.
/// </summary>
public sealed record SupportConfirmation
{
    public SupportConfirmation(string careTeamId, DateOnly startsOn, DateTimeOffset confirmedAt)
    {
        new Validator().Id(careTeamId, "support.care_team").ThrowIfInvalid();
        CareTeamId = careTeamId;
        StartsOn = startsOn;
        ConfirmedAt = confirmedAt;
    }

    public string CareTeamId { get; }

    public DateOnly StartsOn { get; }

    public DateTimeOffset ConfirmedAt { get; }
}
