namespace BeschermdThuis.Matching.Domain.Common;

/// <summary>A range of calendar days, both ends inclusive (like a placement period "2026-01-01 to 2026-03-31").</summary>
public sealed record DateRange
{
    public DateRange(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new DomainValidationException("end", $"must not be before start ({start:yyyy-MM-dd})");
        }
        Start = start;
        End = end;
    }

    public DateOnly Start { get; }

    public DateOnly End { get; }

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    public bool Overlaps(DateRange other) => Start <= other.End && other.Start <= End;

    public int Days => End.DayNumber - Start.DayNumber + 1;

    public override string ToString() => $"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd}";
}
