using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using static BeschermdThuis.Matching.Api.Tests.Infrastructure.SeedData;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>A call deadline shorter than the solve ends in the best match so far, stored and marked feasible, not in an error.</summary>
public sealed class MatchingDeadlineTests(LargeDemoServerFixture server) : IClassFixture<LargeDemoServerFixture>
{
    [Fact]
    public async Task RunMatch_DeadlineShorterThanTheSolve_ReturnsFeasible()
    {
        var ct = TestContext.Current.CancellationToken;
        var request = MatchRequests.Demo(timeLimit: TimeSpan.FromMinutes(10));

        var (_, result) = await MatchRequests.RunAsync(server.As(Board).Matching, request, DateTime.UtcNow.AddSeconds(6), ct);

        // The answer arrived before the deadline, as a result and not DEADLINE_EXCEEDED. Whether the solver had a first
        // solution by then depends on the engine's speed on 146,000 eligible pairs; without one the honest status is unknown.
        Assert.Contains(result.Status, new[] { V1.MatchStatus.Feasible, V1.MatchStatus.Unknown });
        Assert.SkipWhen(result.Status == V1.MatchStatus.Unknown,
            $"the solver found no first solution within the deadline ({result.WallTime.ToTimeSpan().TotalSeconds:0.0} s solving {result.EligiblePairCount} eligible pairs); the result still came back in time");
        Assert.Equal(V1.MatchStatus.Feasible, result.Status);
        Assert.True(result.PairCount > 0, "the best match so far houses someone");
        Assert.Contains(result.Tiers, t => t.Status != V1.MatchStatus.Optimal);
        var stored = await server.Store.MatchRuns.GetMatchRunAsync(RegionId, result.Name.Split('/')[^1], ct);
        Assert.Equal("feasible", stored?.Summary.Status);
    }
}
