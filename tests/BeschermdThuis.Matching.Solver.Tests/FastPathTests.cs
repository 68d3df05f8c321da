using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Solver.Eligibility;
using BeschermdThuis.Matching.Domain.Geography;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BeschermdThuis.Matching.Solver.Tests;

/// <summary>The speed-ups must not change an answer: the set-based pair search and the reduced model against the plain definitions.</summary>
public sealed class FastPathTests
{
    [Property(MaxTest = 60)]
    public Property FindEligiblePairs_EqualsFirstFailureOverEveryPair(PositiveInt seed)
    {
        var problem = RandomWorld.Create(seed.Get, 1 + (seed.Get % 30), 1 + (seed.Get / 30 % 90));
        var index = new EligibilityIndex(problem);
        var expected = new List<(int, int)>();
        for (var c = 0; c < index.ClientCount; c++)
        {
            for (var u = 0; u < index.UnitCount; u++)
            {
                if (index.FirstFailure(c, u) is null)
                {
                    expected.Add((c, u));
                }
            }
        }
        var pairs = index.FindEligiblePairs();
        var actual = Enumerable.Range(0, pairs.Count).Select(p => (pairs.ClientOf(p), pairs.UnitOf(p))).ToList();
        return actual.SequenceEqual(expected).Label($"{actual.Count} pairs found, {expected.Count} expected");
    }

    [Fact]
    public void Caseload_OverlappingTeams_EveryNewClientGetsATeamWithRoom()
    {
        // Team "west" covers all of Nijmegen with 1 slot; "oost" covers only neighbourhood 1 with 1 slot. Two clients in 0 and 1:
        // the client in 0 can only use "west", so the one in 1 must get "oost" for both to be housed.
        var oost = World.TeamByArea("oost", 1, World.Square(World.Lon(1), World.Lat, 0.01), World.In(1));
        var problem = World.Problem([World.Neighbourhood(0), World.Neighbourhood(1)], [World.Unit("u1", 1), World.Unit("u0", 0)],
            [World.Client("c1", daysPastReadiness: 30, wishes: new HousingWishes([new AreaWish(1, AreaRef.Of(World.Code(1)))], [])), World.Client("c0", wishes: new HousingWishes([new AreaWish(1, AreaRef.Of(World.Code(0)))], []))],
            teams: [World.TeamByMunicipality("west", 1), oost]);
        var result = World.Solve(problem);
        Assert.Equal(2, result.Pairs.Count);
        Assert.Equal("west", result.PairOf(new ClientReference("c0"))!.CareTeamId);
        Assert.Equal("oost", result.PairOf(new ClientReference("c1"))!.CareTeamId);
        Assert.Empty(Checker.Violations(problem, [.. result.Pairs.Select(p => (p.Client, p.UnitId, p.CareTeamId))]));
    }

    [Fact]
    public void Caseload_TwoNewClientsOneSlotBetweenTwoTeams_HousesOnlyOne()
    {
        var problem = World.Problem([World.Neighbourhood(0), World.Neighbourhood(1)], [World.Unit("u1", 1), World.Unit("u0", 0)],
            [World.Client("c1"), World.Client("c0")],
            teams: [World.TeamByMunicipality("west", 1), World.TeamByArea("oost", 0, World.Square(World.Lon(1), World.Lat, 0.01), World.In(1))]);
        Assert.Single(World.Solve(problem).Pairs);
    }
}
