using Google.OrTools.Sat;

namespace BeschermdThuis.Matching.Solver.Search;

// Step 1 and the relaxation every step shares: solved from scratch or kept warm across the goals of a match.
internal sealed partial class TierSearch
{
    private const int MaxCutRounds = 10;

    // The kept relaxation is read again once this share of the pair columns it holds has been fixed: a GLOP solve costs
    // in proportion to the columns it holds, fixed or not, and a new read holds only the free ones. On the tight family
    // at 200 x 500 the housing goal fixes 15-40 % of the pairs, and reading again after it made the slowest matches
    // 15-20 % faster; on the Demo family 20 % (issue 14).
    private const double ReadAgainWhenFixed = 0.2;

    private readonly HashSet<int> _isPair = [.. model.Assigned.Select(x => x.GetIndex())];

    // The relaxation with every column, kept across the goals and the level branching of this match (WarmRelaxation);
    // read the first time a relaxation may have every column, and again once ReadAgainWhenFixed of the free pairs it
    // was read with (_warmColumns) are fixed.
    private WarmRelaxation? _warm;
    private bool _warmRead;
    private int _warmColumns;

    // Step 1: the relaxation, with the alone cuts it violates added round after round; `Exact` is its solution when
    // that is integral and satisfies the model.
    // `stopAtBrokenLevel`: no cut round for a relaxation that breaks a peer level, for a caller that will not branch.
    private (RelaxationOutcome? Relaxation, long[]? Exact) SolveRelaxation(SearchBudget budget, Func<int, bool>? startWith, bool stopAtBrokenLevel = false)
    {
        var relaxation = Relax(budget, startWith, readKept: false);
        var exact = relaxation?.IntegralSolution(Proto);
        for (var round = 0; round < MaxCutRounds && relaxation is not null && exact is null
            && !(stopAtBrokenLevel && Levels.Breaks(relaxation.Values))
            && model.PeerCuts.AddViolated(model.Cp, relaxation.Values) > 0; round++)
        {
            relaxation = Relax(budget, startWith, readKept: true);
            exact = relaxation?.IntegralSolution(Proto);
        }
        return (relaxation, exact);
    }

    // With every column, the relaxation kept across solves; from scratch (LinearRelaxation) when the model is large, when
    // the kept one fails, and as long as no relaxation of this match has needed more than one solve. The kept one is read
    // (`readKept`) only for a cut round or the level branching: a solve from scratch has GLOP's presolve, which the kept
    // one goes without to keep its basis, and on the instances whose every goal the first relaxation settles (12 of 20
    // tight ones at 200 x 500) the kept one made each match 20-50 ms slower.
    // A large model (`startWith` set: columns generated from scratch) also uses the kept one once the level branching has
    // read it: on the tight family at 1,000 x 2,500 (seed 7) a goal's relaxation then took 0.9-1.4 s from the last basis
    // instead of 0.7-3.8 s by column generation, and the match 17.6 s instead of 24.5 s.
    private RelaxationOutcome? Relax(SearchBudget budget, Func<int, bool>? startWith, bool readKept) =>
        budget.IsUsedUp ? null
            : ((startWith is null || _warm is not null) && (readKept || _warmRead) ? Warm()?.Solve(budget.Remaining) : null)
                ?? LinearRelaxation.Solve(Proto, budget.Remaining, cancellation, startWith);

    // Only outside a FixedDomains scope (WarmRelaxation.For).
    private WarmRelaxation? Warm()
    {
        if (!_warmRead)
        {
            (_warm, _warmRead, _warmColumns) = (WarmRelaxation.For(Proto, cancellation), true, FreePairs());
        }
        return _warm;
    }

    // Sets the goal a search maximises. Between goals is where literals have been fixed for good, so that is where the
    // kept relaxation is let go when it has shrunk.
    private void Maximize(LinearExpr expression)
    {
        ForgetKeptWhenShrunk();
        model.Cp.Maximize(expression);
    }

    private void ForgetKeptWhenShrunk()
    {
        if (_warmRead && FreePairs() < (1 - ReadAgainWhenFixed) * _warmColumns)
        {
            _warm?.Dispose();
            (_warm, _warmRead) = (null, false);
        }
    }

    // The pair literals not fixed yet.
    private int FreePairs() => _isPair.Count(v => Proto.Variables[v].Domain[0] != Proto.Variables[v].Domain[1]);
}
