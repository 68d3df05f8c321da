using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Domain.Clients;

/// <summary>Physical needs a unit must meet; they are hard rules, not wishes.</summary>
public sealed record Needs
{
    public Needs(bool stepFree, bool groundFloor, int minimumRooms)
    {
        new Validator().InRange(minimumRooms, DomainRanges.MinRooms, DomainRanges.MaxRooms, "minimum_rooms").ThrowIfInvalid();
        StepFree = stepFree;
        GroundFloor = groundFloor;
        MinimumRooms = minimumRooms;
    }

    public static Needs None { get; } = new(false, false, 1);

    public bool StepFree { get; }

    public bool GroundFloor { get; }

    public int MinimumRooms { get; }
}
