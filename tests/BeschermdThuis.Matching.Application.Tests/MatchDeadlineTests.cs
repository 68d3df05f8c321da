using BeschermdThuis.Matching.Application.Matching;
using BeschermdThuis.Matching.Application.Tests.Support;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Solver.Results;

namespace BeschermdThuis.Matching.Application.Tests;

/// <summary>
/// A deadline already used up by the time the input is loaded and indexed still gives a match: the solver gets its
/// minimum, always finishes its flow repair, and the run is stored with the limit it really had, so why-not questions
/// on it find the same input.
/// </summary>
public sealed class MatchDeadlineTests(DemoWorld world) : IClassFixture<DemoWorld>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunMatch_DeadlineGoneBeforeTheSolver_ReturnsTheFlowsMatch_StoredWithTheMinimalLimit()
    {
        var board = new Party(PartyKind.RegionalBoard, DemoWorld.RegionId);
        var service = world.Matching();

        var view = await service.RunMatchAsync(board, DemoWorld.RegionId, DemoWorld.MatchRequest, DateTime.UtcNow, null, Cancel);

        var run = view.Run;
        Assert.Contains(run.Result.Status, new[] { SolveStatus.Feasible, SolveStatus.Optimal });
        Assert.NotEmpty(run.Result.Pairs);
        Assert.Equal(SolverBudget.MinSolverTime, run.Options.SolverTimeLimit);
        Assert.Equal(TimeSpan.FromSeconds(10), run.Options.TimeLimit);

        var pair = run.Result.Pairs[0];
        var (municipality, client) = ResourceNames.ParseClient(pair.Client, "client");
        var (corporation, unit) = ResourceNames.ParseUnit(pair.Unit, "unit");
        var desk = new Party(PartyKind.MunicipalDesk, municipality.Value);
        var answer = await service.WhyNotAsync(desk, DemoWorld.RegionId, run.Summary.Id, municipality, client, corporation, unit, null, Cancel);
        Assert.Equal(pair.Client, answer.Client);
    }
}
