using BeschermdThuis.Matching.Solver.Results;

namespace BeschermdThuis.Matching.Solver.Search;

internal sealed partial class TierSearch
{
    // Enough for the spread family's housing goal at 200 x 500 where a proof by levels is quick (18-81 nodes, 1-3 s);
    // where it is not, the CP-SAT steps get the time back soon.
    private const int MaxLevelNodes = 200;

    // The most free pairs for which the level branching reads the kept relaxation, which holds every free column: more
    // than a relaxation starts with (AllColumnsUpTo), since a proof by levels takes a few nodes where CP-SAT takes
    // minutes. On the tight family at 1,000 x 2,500 (65-77 thousand free pairs) a node took 0.2-1 s and 3-5 nodes proved
    // goals that CP-SAT had not proven in 60 s (seeds 5 and 7) or took 38 s for (seed 11); on the spread family at that
    // size (176 thousand) a node took about 5 s.
    private const int LevelBranchingUpTo = 100_000;

    // Step 2b: branch-and-bound over the peer levels (LevelBranching), from the best solution so far. Only when the
    // model has binding peer limits and is small enough for a relaxation with every column. A joint goal's nodes go
    // without Dantzig's rule: with the first goal's weight in the objective it stalled (a Demo instance at 200 x 500,
    // seed 9: one node 2,000 iterations and 1.1 s, the joint goal 1.3 s; by steepest edge 0.35 s), and on the tight
    // family steepest edge was as fast there.
    private LevelBranching.Outcome? BranchOnLevels(Tier tier, RelaxationOutcome relaxation, Incumbent best)
    {
        if (tier.Goal is null || !MayBranchOnLevels(relaxation))
        {
            return null;
        }
        var incumbent = best.Values is { } hinted && model.ModelValues(hinted) is var values && ModelSolutionCheck.Satisfies(Proto, values) ? values : null;
        var cutoff = incumbent is null ? long.MinValue : ModelSolutionCheck.ObjectiveValue(Proto, incumbent);
        return Warm() is { } warm ? Levels.Solve(cutoff, incumbent, relaxation, warm, tier.Budget, MaxLevelNodes, quickNodes: !tier.IsJoint) : null;
    }

    private bool MayBranchOnLevels(RelaxationOutcome relaxation) => Levels.Breaks(relaxation.Values) && FreePairs() <= LevelBranchingUpTo;

    // The step's answer: the optimum when proven; otherwise a better incumbent, if it found one.
    private Outcome? ProvenByLevels(Tier tier, RelaxationOutcome relaxation, ref Incumbent best)
    {
        if (BranchOnLevels(tier, relaxation, best) is not { Values: { } values } levels)
        {
            return null;
        }
        if (levels.Proven)
        {
            return Proven(tier, relaxation, HintValuesOf(values), levels.Value, TierMethod.LevelBranching);
        }
        if (best.Values is null || levels.Value > GoalValue(best.Values))
        {
            best = new Incumbent(HintValuesOf(values), TierMethod.LevelBranching);
        }
        return null;
    }
}
