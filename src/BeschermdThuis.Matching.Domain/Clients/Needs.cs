using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Domain.Clients;

/// <summary>Physical needs a unit must meet; they are hard rules, not wishes.</summary>
public sealed record Needs
{
    public Needs(bool stepFree, bool groundFloor, int minimumRooms)
    {
        if (minimumRooms is < 1 or > 12)
        {
            throw new DomainValidationException("minimum_rooms", "must be between 1 and 12");
        }
        StepFree = stepFree;
        GroundFloor = groundFloor;
        MinimumRooms = minimumRooms;
    }

    public static Needs None { get; } = new(false, false, 1);

    public bool StepFree { get; }

    public bool GroundFloor { get; }

    public int MinimumRooms { get; }
}
