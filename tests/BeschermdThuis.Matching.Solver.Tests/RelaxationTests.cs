using BeschermdThuis.Matching.Solver.Eligibility;
using BeschermdThuis.Matching.Solver.Model;
using BeschermdThuis.Matching.Solver.Problem;
using BeschermdThuis.Matching.Solver.Search;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Google.OrTools.Sat;

namespace BeschermdThuis.Matching.Solver.Tests;

/// <summary>The linear relaxation, its self-checked bound and the reduced-cost fixings, on models with a known answer.</summary>
public sealed class RelaxationTests
{
    [Fact]
    public void IntegralOptimum_IsReturnedWithABoundEqualToIt()
    {
        var (model, x, y) = OneOfTwo();

        var relaxation = LinearRelaxation.Solve(model.Model, null, TestContext.Current.CancellationToken);

        Assert.NotNull(relaxation);
        Assert.Equal(3, relaxation.IntegerBound);
        Assert.Equal([0L, 1L], relaxation.IntegralSolution(model.Model)!);
        Assert.Equal(3, ModelSolutionCheck.ObjectiveValue(model.Model, [0, 1]));
    }

    [Fact]
    public void FractionalTriangle_HasNoIntegralSolutionAndItsBoundRoundsDown()
    {
        // Any two of three may not both be chosen: the relaxation takes a half of each (1.5), the integer optimum is 1.
        var model = new CpModel();
        var v = new[] { model.NewBoolVar("a"), model.NewBoolVar("b"), model.NewBoolVar("c") };
        model.Add(v[0] + v[1] <= 1);
        model.Add(v[1] + v[2] <= 1);
        model.Add(v[0] + v[2] <= 1);
        model.Maximize(LinearExpr.Sum(v));

        var relaxation = LinearRelaxation.Solve(model.Model, null, TestContext.Current.CancellationToken);

        Assert.NotNull(relaxation);
        Assert.Equal(1.5, relaxation.Bound, 6);
        Assert.Equal(1, relaxation.IntegerBound);
        Assert.Null(relaxation.IntegralSolution(model.Model));
    }

    [Fact]
    public void NegatedLiteralInAtMostOne_IsRelaxedAsOneMinusTheVariable()
    {
        // AtMostOne(x, not y) means x <= y: both can be 1.
        var model = new CpModel();
        var x = model.NewBoolVar("x");
        var y = model.NewBoolVar("y");
        model.AddAtMostOne([x, y.Not()]);
        model.Add(y <= 1);
        model.Maximize(x + y);

        var relaxation = LinearRelaxation.Solve(model.Model, null, TestContext.Current.CancellationToken);

        Assert.NotNull(relaxation);
        Assert.Equal(2, relaxation.IntegerBound);
        Assert.Equal([1L, 1L], relaxation.IntegralSolution(model.Model)!);
    }

    [Fact]
    public void ConstraintWithEnforcementLiteral_IsNotRelaxed()
    {
        var model = new CpModel();
        var x = model.NewBoolVar("x");
        var y = model.NewBoolVar("y");
        model.Add(x + y <= 1).OnlyEnforceIf(x);
        model.Maximize(x + y);

        Assert.Null(LinearRelaxation.Solve(model.Model, null, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Fixings_AtTheOptimum_ExcludeTheWorseChoiceOnly()
    {
        var (model, x, y) = OneOfTwo();
        var relaxation = LinearRelaxation.Solve(model.Model, null, TestContext.Current.CancellationToken)!;

        // Reaching 3 needs y, and excludes x; reaching only 2 still allows either.
        Assert.Equal([(x.GetIndex(), 0L)], relaxation.Fixings([x.GetIndex(), y.GetIndex()], 3).ToList());
        Assert.Empty(relaxation.Fixings([x.GetIndex(), y.GetIndex()], 2));
    }

    [Property(MaxTest = 40)]
    public Property OnRandomMatches_TheBoundHoldsAndFixingAtTheOptimumKeepsIt(PositiveInt seed)
    {
        var problem = RandomWorld.Create(seed.Get, 1 + (seed.Get % 8), 1 + (seed.Get / 8 % 10));
        var model = World.Model(problem);
        model.Cp.Maximize(model.Goals[MatchGoal.Housing]);
        var optimum = SolveObjective(model.Cp);
        if (optimum is null || LinearRelaxation.Solve(model.Cp.Model, null, CancellationToken.None) is not { } relaxation)
        {
            return (optimum is null).Label("the relaxation must exist when the model has a solution");
        }
        var fixings = relaxation.Fixings(model.Assigned.Select(x => x.GetIndex()), optimum.Value).ToList();
        foreach (var (v, value) in fixings)
        {
            model.Cp.Model.Variables[v].Domain[0] = value;
            model.Cp.Model.Variables[v].Domain[1] = value;
        }
        var afterFixing = SolveObjective(model.Cp);
        return (relaxation.IntegerBound >= optimum && afterFixing == optimum)
            .Label($"optimum {optimum}, bound {relaxation.IntegerBound}, after {fixings.Count} fixings {afterFixing}");
    }

    [Fact]
    public void AloneCut_IsAddedExactlyWhenHalfOfAShyClientSitsBesideAnother()
    {
        // Existing 1, c-shy accepts 2 peers including itself: room 1, so c-shy must be the only newcomer in neighbourhood 0.
        var shy = new Domain.Clients.RecoveryConstraints([], null, 2, []);
        var problem = World.Problem([World.Neighbourhood(0, existing: 1), World.Neighbourhood(1)],
            [World.Unit("u1", 0), World.Unit("u2", 0, dx: 0.3)], [World.Client("c-shy", recovery: shy), World.Client("c2")]);
        var index = new EligibilityIndex(problem);
        var pairs = index.FindEligiblePairs();
        var model = new MatchModel(index, pairs, [.. Enumerable.Range(0, pairs.Count).Select(p => PairScorer.Score(index, pairs.ClientOf(p), pairs.UnitOf(p)))], [], withAssumptions: false);
        var shyPair = Enumerable.Range(0, pairs.Count).First(p => pairs.ClientOf(p) == 0);
        var otherPair = Enumerable.Range(0, pairs.Count).First(p => pairs.ClientOf(p) == 1);
        var values = new double[model.Cp.Model.Variables.Count];

        values[model.Assigned[otherPair].GetIndex()] = 1;
        Assert.Equal(0, model.PeerCuts.AddViolated(model.Cp, values)); // c2 alone: nothing violated
        values[model.Assigned[shyPair].GetIndex()] = 0.5;
        var rows = model.Cp.Model.Constraints.Count;
        Assert.Equal(1, model.PeerCuts.AddViolated(model.Cp, values));
        Assert.Equal(rows + 1, model.Cp.Model.Constraints.Count);
    }

    [Fact]
    public void KeptRelaxation_ALiteralFixedSinceItWasRead_IsNeverFixedTheOtherWay()
    {
        var (model, x, y) = OneOfTwo();
        using var kept = WarmRelaxation.For(model.Model, TestContext.Current.CancellationToken)!;
        Assert.Equal(3, kept.Solve(null)!.IntegerBound);

        FixedDomains.FixForGood(model.Model, y.GetIndex(), 0);
        var relaxation = kept.Solve(null)!;

        // y is still a column of the kept relaxation, now with bounds [0, 0]; that it is worth more than x must not turn
        // into "every solution reaching 2 has y = 1".
        Assert.Equal(2, relaxation.IntegerBound);
        Assert.DoesNotContain(relaxation.Fixings([x.GetIndex(), y.GetIndex()], 2), f => f.Variable == y.GetIndex());
    }

    [Property(MaxTest = 40)]
    public Property KeptRelaxation_AfterNewRowsGoalsAndFixings_HasTheBoundOfOneReadAfresh(PositiveInt seed)
    {
        var problem = RandomWorld.Create(seed.Get, 1 + (seed.Get % 8), 1 + (seed.Get / 8 % 10));
        var model = World.Model(problem);
        var proto = model.Cp.Model;
        model.Cp.Maximize(model.Goals[MatchGoal.Housing]);
        using var kept = WarmRelaxation.For(proto, CancellationToken.None);
        var first = kept?.Solve(null);
        var optimum = SolveObjective(model.Cp);
        if (first is null || optimum is null)
        {
            return (optimum is null).Label("the kept relaxation must exist when the model has a solution");
        }
        // What a match does between two goals: the first kept at its optimum, literals fixed for good, the next goal.
        model.Cp.Add(model.Goals[MatchGoal.Housing] >= optimum.Value);
        foreach (var (v, value) in first.Fixings(model.Assigned.Select(x => x.GetIndex()), optimum.Value))
        {
            FixedDomains.FixForGood(proto, v, value);
        }
        model.Cp.Maximize(model.Goals[MatchGoal.Wishes]);
        var again = kept!.Solve(null);
        var afresh = LinearRelaxation.Solve(proto, null, CancellationToken.None);
        return (again is not null && afresh is not null && again.IntegerBound == afresh.IntegerBound)
            .Label($"kept {again?.Bound}, afresh {afresh?.Bound}");
    }

    // Choose at most one of x (worth 2) and y (worth 3): the relaxation is integral, y alone, 3.
    private static (CpModel Model, BoolVar X, BoolVar Y) OneOfTwo()
    {
        var model = new CpModel();
        var x = model.NewBoolVar("x");
        var y = model.NewBoolVar("y");
        model.Add(x + y <= 1);
        model.Maximize(2 * x + 3 * y);
        return (model, x, y);
    }

    private static long? SolveObjective(CpModel model)
    {
        using var solver = new CpSolver { StringParameters = "num_workers:1" };
        return solver.Solve(model) == CpSolverStatus.Optimal ? (long)Math.Round(solver.ObjectiveValue) : null;
    }
}
