using System.Diagnostics;

namespace BeschermdThuis.Matching.Solver.Search;

/// <summary>
/// What one goal's search may use: time until <see cref="End"/> on the match's clock (the match's time limit; none when
/// null) and CP-SAT work until <see cref="WorkEnd"/> on the match's <see cref="SearchWork"/> (none when null). Work is
/// CP-SAT's deterministic time, so a budget of work ends at the same point of the search however loaded the machine is.
/// </summary>
internal sealed record SearchBudget(Stopwatch Clock, TimeSpan? End, SearchWork Work, double? WorkEnd)
{
    /// <param name="timeLimit">The match's time limit, measured from the start of the match.</param>
    /// <param name="work">The CP-SAT work spent in the match so far.</param>
    /// <param name="workBudget">The goal's own budget of work, counted from now.</param>
    /// <param name="clock">The match's clock.</param>
    public static SearchBudget Until(TimeSpan? timeLimit, SearchWork work, double? workBudget, Stopwatch clock) =>
        new(clock, timeLimit, work, work.Spent + workBudget);

    /// <summary>The time left (negative when overrun), or null when there is no end.</summary>
    public TimeSpan? Remaining => End - Clock.Elapsed;

    /// <summary>The work left (negative when overrun), or null when there is no end.</summary>
    public double? WorkLeft => WorkEnd - Work.Spent;

    public bool IsUsedUp => Remaining <= TimeSpan.Zero || WorkLeft <= 0;

    /// <summary>The deterministic time one CP-SAT run may use: <paramref name="requested"/>, at most the work left.</summary>
    public double? WorkFor(double? requested) => (requested, WorkLeft) switch
    {
        ({ } wanted, { } left) => Math.Min(wanted, left),
        (var wanted, var left) => wanted ?? left,
    };
}

/// <summary>The deterministic time CP-SAT has spent in one match, summed over its runs.</summary>
internal sealed class SearchWork
{
    public double Spent { get; private set; }

    public void Add(double deterministicTime) => Spent += deterministicTime;
}
