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

        var sw = System.Diagnostics.Stopwatch.StartNew();
        var (_, result) = await MatchRequests.RunAsync(server.As(Board).Matching, request, DateTime.UtcNow.AddSeconds(12), ct);
        TestContext.Current.TestOutputHelper!.WriteLine($"TIMING total {sw.Elapsed} solver wall {result.WallTime.ToTimeSpan()} tiers {string.Join(",", result.Tiers.Select(t => t.WallTime.ToTimeSpan().TotalSeconds + ":" + t.Status))} eligible {result.EligiblePairCount}");

        Assert.Equal(V1.MatchStatus.Feasible, result.Status);
        Assert.True(result.PairCount > 0, "the best match so far houses someone");
        Assert.Contains(result.Tiers, t => t.Status != V1.MatchStatus.Optimal);
        var stored = await server.Store.MatchRuns.GetMatchRunAsync(RegionId, result.Name.Split('/')[^1], ct);
        Assert.Equal("feasible", stored?.Summary.Status);
    }
}
