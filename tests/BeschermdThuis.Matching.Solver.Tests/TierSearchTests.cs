using System.Diagnostics;
using BeschermdThuis.Matching.Solver.Model;
using BeschermdThuis.Matching.Solver.Problem;
using BeschermdThuis.Matching.Solver.Results;
using BeschermdThuis.Matching.Solver.Search;

namespace BeschermdThuis.Matching.Solver.Tests;

/// <summary>A goal interrupted before its own steps found anything keeps the best solution so far, when it is one.</summary>
public sealed class TierSearchTests
{
    [Fact]
    public void Solve_WithNoWorkLeft_ReturnsTheEarlierGoalsSolutionAsFeasible()
    {
        var (model, search) = Search(seed: 21);
        var housing = search.Solve(MatchGoal.Housing, 1, null);
        Assert.Equal(SolveStatus.Optimal, housing.Status);
        model.Cp.Add(model.Goals[MatchGoal.Housing] >= housing.Objective!.Value);

        var wishes = search.Solve(model.Goals[MatchGoal.Wishes], MatchGoal.Wishes, 2, housing.Values, workBudget: 0);

        Assert.Equal(SolveStatus.Feasible, wishes.Status);
        Assert.Equal(TierMethod.EarlierGoal, wishes.Method);
        Assert.Equal(housing.Values, wishes.Values);
        Assert.Equal(WishesValue(model, housing.Values!), wishes.Objective);
    }

    [Fact]
    public void Solve_WithNoWorkLeftAndTheFlowAsIncumbent_ReturnsTheRepairedMatchingAsFeasible()
    {
        // The flow's matching, completed with the counts, excesses and shortfalls it implies, must satisfy the whole
        // model (every constraint family is in play in these worlds), or the housing goal would fall back to unknown.
        foreach (var seed in Enumerable.Range(1, 12))
        {
            var (model, search) = Search(seed, clientCount: 30, unitCount: 50);
            var flow = HousingFlow.Solve(model.Index, model.Pairs, model.Scores, [])!;
            var start = model.HintValues(flow.Placed);
            Assert.NotNull(start);

            var housing = search.Solve(model.Goals[MatchGoal.Housing], MatchGoal.Housing, 1, start, workBudget: 0, TierMethod.Flow);

            Assert.Equal(SolveStatus.Feasible, housing.Status);
            Assert.Equal(TierMethod.Flow, housing.Method);
            Assert.Equal(flow.Value, housing.Objective);
        }
    }

    [Fact]
    public void Solve_WithNoWorkLeftAndAnIncumbentThatBreaksTheModel_ReturnsUnknown()
    {
        var (model, search) = Search(seed: 21);
        var everyPairPlaced = model.HintVariables.Select(_ => 1L).ToArray();

        var outcome = search.Solve(model.Goals[MatchGoal.Housing], MatchGoal.Housing, 1, everyPairPlaced, workBudget: 0);

        Assert.Equal(SolveStatus.Unknown, outcome.Status);
        Assert.Null(outcome.Values);
    }

    private static (MatchModel Model, TierSearch Search) Search(int seed, int clientCount = 12, int unitCount = 16)
    {
        var problem = RandomWorld.Create(seed, clientCount, unitCount);
        var model = World.Model(problem);
        return (model, new TierSearch(model, problem.Options, Stopwatch.StartNew(), null, TestContext.Current.CancellationToken));
    }

    private static long WishesValue(MatchModel model, long[] hintValues)
    {
        model.Cp.Maximize(model.Goals[MatchGoal.Wishes]);
        return ModelSolutionCheck.ObjectiveValue(model.Cp.Model, model.ModelValues(hintValues));
    }
}
