using System.Diagnostics;

namespace BeschermdThuis.Matching.Solver.Search;

/// <summary>
/// The time one goal's search may use: until <see cref="End"/> on the match's clock (none when null), the earlier of
/// the match's time limit and the goal's own budget.
/// </summary>
internal sealed record SearchBudget(Stopwatch Clock, TimeSpan? End)
{
    /// <param name="timeLimit">The match's time limit, measured from the start of the match.</param>
    /// <param name="budget">The goal's own budget, measured from now.</param>
    /// <param name="clock">The match's clock.</param>
    public static SearchBudget Until(TimeSpan? timeLimit, TimeSpan? budget, Stopwatch clock)
    {
        var budgetEnd = budget is { } span ? clock.Elapsed + span : (TimeSpan?)null;
        var end = (timeLimit, budgetEnd) switch
        {
            ({ } limit, { } own) => limit < own ? limit : own,
            (var limit, var own) => limit ?? own,
        };
        return new SearchBudget(clock, end);
    }

    /// <summary>The time left (negative when overrun), or null when there is no end.</summary>
    public TimeSpan? Remaining => End - Clock.Elapsed;

    public bool IsUsedUp => Remaining <= TimeSpan.Zero;
}
