namespace BeschermdThuis.Matching.Solver.Results;

public enum SolveStatus
{
    /// <summary>Proven best.</summary>
    Optimal = 1,

    /// <summary>A valid solution, not proven best (time limit, cancellation, or an earlier tier not proven).</summary>
    Feasible = 2,

    /// <summary>The hard constraints contradict; see <see cref="MatchResult.Conflicts"/>.</summary>
    Infeasible = 3,

    /// <summary>Stopped before any solution was found.</summary>
    Unknown = 4,

    /// <summary>This tier was not reached (stopped earlier).</summary>
    NotSolved = 5,
}
