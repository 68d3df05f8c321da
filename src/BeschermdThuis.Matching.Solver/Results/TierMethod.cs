namespace BeschermdThuis.Matching.Solver.Results;

/// <summary>What settled a goal (see TierSearch): the step that produced the reported solution.</summary>
public enum TierMethod
{
    /// <summary>The linear relaxation's solution was integral: optimal, with the relaxation's bound as proof.</summary>
    Relaxation = 1,

    /// <summary>Diving in the relaxation reached an integral solution at its bound.</summary>
    Diving = 2,

    /// <summary>CP-SAT on the pairs the relaxation uses reached the relaxation's bound.</summary>
    RelaxationSupport = 3,

    /// <summary>CP-SAT on the whole model.</summary>
    Search = 4,

    /// <summary>
    /// The housing goal as a max-weight matching whose repaired solution met the flow's bound; when the goal is only
    /// feasible, that repaired matching is the best solution found.
    /// </summary>
    Flow = 5,

    /// <summary>
    /// The solution the goals before it left: optimal when it already reaches this goal's relaxation bound; otherwise
    /// the goal was stopped (time limit, deadline) before its own steps found a better one.
    /// </summary>
    EarlierGoal = 6,

    /// <summary>
    /// Branch-and-bound over the neighbourhoods' peer levels, each node a linear relaxation: optimal when no node could
    /// beat the reported solution.
    /// </summary>
    LevelBranching = 7,
}
