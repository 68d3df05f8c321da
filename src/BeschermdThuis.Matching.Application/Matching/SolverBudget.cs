namespace BeschermdThuis.Matching.Application.Matching;

/// <summary>
/// The solver's time limit under a call deadline, taken once the input is loaded and indexed. The solver gets what is
/// left until the deadline minus a reserve for explaining, storing and sending the result, so a deadline shorter than
/// the solve ends in the best match so far (feasible), not in DEADLINE_EXCEEDED. The reserve is a share of the time
/// left with a floor and a ceiling: explaining grows with the input, the solver can overrun its limit by about a second
/// on large models (presolve), and a short deadline must still leave the solver some time. The floor grows by the time
/// the call spent before the solver (up to the ceiling): explaining and storing walk the same input that loading and
/// indexing did, so a large input that was slow to load is about as slow to explain and store.
/// </summary>
public static class SolverBudget
{
    public static readonly TimeSpan MaxTimeLimit = TimeSpan.FromHours(2);
    public static readonly TimeSpan MinSolverTime = TimeSpan.FromMilliseconds(50);
    public static readonly TimeSpan MinReserve = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan MaxReserve = TimeSpan.FromSeconds(5);
    public const double ReserveShare = 0.4;

    /// <param name="requested">The time limit the caller asked for, if any.</param>
    /// <param name="untilDeadline">The time left until the call's deadline, if it has one.</param>
    /// <param name="spentBefore">The time the call already spent on loading and indexing the input.</param>
    public static TimeSpan? TimeLimit(TimeSpan? requested, TimeSpan? untilDeadline, TimeSpan spentBefore = default)
    {
        if (untilDeadline is not { } left)
        {
            return requested;
        }
        var share = Math.Max((long)(left.Ticks * ReserveShare), (MinReserve + spentBefore).Ticks);
        var reserve = TimeSpan.FromTicks(Math.Clamp(share, MinReserve.Ticks, MaxReserve.Ticks));
        var budget = left - reserve;
        budget = budget < MinSolverTime ? MinSolverTime : budget > MaxTimeLimit ? MaxTimeLimit : budget;
        return requested is { } r && r < budget ? r : budget;
    }
}
