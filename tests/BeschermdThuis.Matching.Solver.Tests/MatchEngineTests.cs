using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Solver.Model;
using BeschermdThuis.Matching.Solver.Problem;
using BeschermdThuis.Matching.Solver.Results;
using BeschermdThuis.Matching.Solver.Search;
using Google.OrTools.Sat;

namespace BeschermdThuis.Matching.Solver.Tests;

/// <summary>Tiny models with a known optimum, in the style of OR-Tools' SatSolverTests: status, objective, values.</summary>
public sealed class MatchEngineTests
{
    private static readonly Neighbourhood[] Three = [World.Neighbourhood(0), World.Neighbourhood(1), World.Neighbourhood(2)];

    [Fact]
    public void Housing_OneUnitTwoClients_ClientFurthestPastReadinessGetsIt()
    {
        var problem = World.Problem(Three, [World.Unit("u1", 0)], [World.Client("c-early", daysPastReadiness: 5), World.Client("c-long", daysPastReadiness: 40)]);
        var result = World.Solve(problem);
        Assert.Equal(SolveStatus.Optimal, result.Status);
        var pair = Assert.Single(result.Pairs);
        Assert.Equal("c-long", pair.Client.Value);
        Assert.Equal(1000 + 40, result.Tier(MatchGoal.Housing)!.Objective);
        Assert.Equal(result.Tier(MatchGoal.Housing)!.Objective, result.Tier(MatchGoal.Housing)!.BestBound);
    }

    [Fact]
    public void Lexicographic_HousingTwoBeatsOneHappyWish()
    {
        // c1 wishes area 0; giving c1 the unit in 0 would leave c2 (who fits only there) unhoused.
        var wishes = new HousingWishes([new AreaWish(1, AreaRef.Of(World.Code(0)))], []);
        var problem = World.Problem(Three, [World.Unit("u0", 0), World.Unit("u1", 1)],
            [World.Client("c1", wishes: wishes), World.Client("c2", recovery: new RecoveryConstraints([AreaRef.Of(World.Code(1))], null, null, []))]);
        var result = World.Solve(problem);
        Assert.Equal(2, result.Pairs.Count);
        Assert.Equal("u1", result.PairOf(new ClientReference("c1"))!.UnitId);
        Assert.Equal(0, result.Tier(MatchGoal.Wishes)!.Objective);
    }

    [Fact]
    public void Wishes_SecondTier_PicksTheWishedArea()
    {
        var wishes = new HousingWishes([new AreaWish(1, AreaRef.Of(World.Code(2))), new AreaWish(2, AreaRef.Of(World.Code(1)))], []);
        var problem = World.Problem(Three, [World.Unit("u0", 0), World.Unit("u1", 1), World.Unit("u2", 2)], [World.Client("c1", wishes: wishes)]);
        var result = World.Solve(problem);
        Assert.Equal("u2", Assert.Single(result.Pairs).UnitId);
        Assert.Equal(5 * 10, result.Tier(MatchGoal.Wishes)!.Objective);
    }

    [Theory]
    [InlineData(40, 5, "a")]
    [InlineData(5, 40, "b")]
    public void TieBreak_EqualOnEveryGoal_TheWishGoesToTheClientLongestPastReadiness(int daysA, int daysB, string expected)
    {
        // Both are housed either way and one of them gets the wished area: every goal is equal, only the tie-break decides.
        var wishes = new HousingWishes([new AreaWish(1, AreaRef.Of(World.Code(0)))], []);
        var problem = World.Problem(Three, [World.Unit("u0", 0), World.Unit("u1", 1)],
            [World.Client("a", daysPastReadiness: daysA, wishes: wishes), World.Client("b", daysPastReadiness: daysB, wishes: wishes)]);

        var result = World.Solve(problem);

        Assert.Equal(SolveStatus.Optimal, result.Status);
        Assert.Equal(2, result.Pairs.Count);
        Assert.Equal("u0", result.PairOf(new ClientReference(expected))!.UnitId);
    }

    [Fact]
    public void NeighbourhoodLimit_TwoUnitsOneSlot_OnlyOnePlaced()
    {
        var problem = World.Problem([World.Neighbourhood(0, limits: new LoadLimits(1, 10m)), World.Neighbourhood(1)],
            [World.Unit("u1", 0), World.Unit("u2", 0, dx: 0.3)], [World.Client("c1"), World.Client("c2")]);
        var result = World.Solve(problem);
        Assert.Single(result.Pairs);
        Assert.Empty(Checker.Violations(problem, [.. result.Pairs.Select(p => (p.Client, p.UnitId, p.CareTeamId))]));
    }

    [Fact]
    public void PeerLimit_ClientWhoAcceptsFewPeersIsNotPlacedWithAnother()
    {
        // Existing 1; c-shy accepts at most 2 peers including itself, so c-shy and another newcomer cannot both go to 0.
        var shy = new RecoveryConstraints([], null, 2, []);
        var problem = World.Problem([World.Neighbourhood(0, existing: 1), World.Neighbourhood(1)],
            [World.Unit("u1", 0), World.Unit("u2", 0, dx: 0.3)], [World.Client("c-shy", daysPastReadiness: 50, recovery: shy), World.Client("c2")]);
        var result = World.Solve(problem);
        Assert.Single(result.Pairs);
        Assert.Equal(1050, result.Tier(MatchGoal.Housing)!.Objective);
    }

    [Fact]
    public void Caseload_TeamWithOneSlot_HousesOneNewClient()
    {
        var problem = World.Problem(Three, [World.Unit("u1", 0), World.Unit("u2", 1)], [World.Client("c1"), World.Client("c2")],
            teams: [World.TeamByMunicipality("fact-nijmegen", 1)]);
        var result = World.Solve(problem);
        Assert.Equal("fact-nijmegen", Assert.Single(result.Pairs).CareTeamId);
    }

    [Fact]
    public void AgreementShortfall_SpreadTierPrefersTheCorporationWithATarget()
    {
        var problem = World.Problem(Three, [World.Unit("u-portaal", 0, corporation: "portaal"), World.Unit("u-ww", 1)], [World.Client("c1")],
            agreements: [World.Agreement("ww-2025", 1, null)]);
        var result = World.Solve(problem);
        Assert.Equal("u-ww", Assert.Single(result.Pairs).UnitId);
        Assert.Equal(0, result.Tier(MatchGoal.Spread)!.Objective);
    }

    [Fact]
    public void AgreementCap_PlacementsMadeEarlierCountAgainstIt()
    {
        // Cap 2 for the year, 2 placed earlier: this match may not place anyone in the corporation's units.
        var problem = World.Problem(Three, [World.Unit("u-portaal", 0, corporation: "portaal"), World.Unit("u-ww", 1)],
            [World.Client("c1"), World.Client("c2")],
            agreements: [World.Agreement("ww-2025", 2, 2)], placedEarlier: new Dictionary<string, int> { ["ww-2025"] = 2 });
        var result = World.Solve(problem);
        Assert.Equal("u-portaal", Assert.Single(result.Pairs).UnitId);
        Assert.Empty(Checker.Violations(problem, [.. result.Pairs.Select(x => (x.Client, x.UnitId, x.CareTeamId))]));
    }

    [Fact]
    public void PlacedEarlier_UnknownAgreement_IsRejectedWithItsField()
    {
        var error = Assert.Throws<Domain.Common.DomainValidationException>(() => World.Problem(Three, [World.Unit("u1", 0)], [World.Client("c1")],
            placedEarlier: new Dictionary<string, int> { ["no-such-agreement"] = 1 }));
        Assert.Contains(error.Violations, v => v.Field == "placed_earlier");
    }

    [Fact]
    public void Infeasible_ThreePinsInANeighbourhoodThatAllowsTwo_NamesTheLimit()
    {
        var problem = World.Problem([World.Neighbourhood(0, limits: new LoadLimits(2, 10m)), World.Neighbourhood(1)],
            [World.Unit("u1", 0, dx: 0.2), World.Unit("u2", 0, dx: 0.5), World.Unit("u3", 0, dx: 0.8)],
            [World.Client("c1"), World.Client("c2"), World.Client("c3")],
            pinned: [World.Pair("c1", "u1"), World.Pair("c2", "u2"), World.Pair("c3", "u3")]);
        var result = World.Solve(problem);
        Assert.Equal(SolveStatus.Infeasible, result.Status);
        var limit = Assert.Single(result.Conflicts, c => c.Kind == ConflictKind.NeighbourhoodNewPlacements);
        Assert.Equal("neighbourhood BU02680000 allows 2 new placements; 3 pinned pairs need it", limit.Detail);
        Assert.Equal(3, result.Conflicts.Count(c => c.Kind == ConflictKind.Pin));
    }

    [Fact]
    public void Infeasible_TwoPinnedClientsWhoMustBeAlone_NamesTheirPeerLimits()
    {
        // Existing 1; both accept at most 2 peers including themselves, so neither accepts the other beside them.
        var shy = new RecoveryConstraints([], null, 2, []);
        var problem = World.Problem([World.Neighbourhood(0, existing: 1), World.Neighbourhood(1)],
            [World.Unit("u1", 0, dx: 0.2), World.Unit("u2", 0, dx: 0.8)],
            [World.Client("c1", recovery: shy), World.Client("c2", recovery: shy)],
            pinned: [World.Pair("c1", "u1"), World.Pair("c2", "u2")]);
        var result = World.Solve(problem);
        Assert.Equal(SolveStatus.Infeasible, result.Status);
        Assert.Contains(result.Conflicts, c => c.Kind == ConflictKind.PeerLimit);
        Assert.Equal(2, result.Conflicts.Count(c => c.Kind == ConflictKind.Pin));
    }

    [Fact]
    public void Infeasible_ThreePinsWhereAClientWithAPeerLimitCouldGo_NamesTheNewPlacementLimit()
    {
        // As above, with a fourth, unpinned client who accepts no other newcomer there: the neighbourhood's peer rows
        // then count its new placements, and that count must not stand in for the limit a diagnosis may let go.
        var shy = new RecoveryConstraints([], null, 2, []);
        var problem = World.Problem([World.Neighbourhood(0, existing: 1, limits: new LoadLimits(2, 10m)), World.Neighbourhood(1)],
            [World.Unit("u1", 0, dx: 0.2), World.Unit("u2", 0, dx: 0.5), World.Unit("u3", 0, dx: 0.8)],
            [World.Client("c1"), World.Client("c2"), World.Client("c3"), World.Client("c-shy", recovery: shy)],
            pinned: [World.Pair("c1", "u1"), World.Pair("c2", "u2"), World.Pair("c3", "u3")]);
        var result = World.Solve(problem);
        Assert.Equal(SolveStatus.Infeasible, result.Status);
        Assert.Single(result.Conflicts, c => c.Kind == ConflictKind.NeighbourhoodNewPlacements);
        Assert.Equal(3, result.Conflicts.Count(c => c.Kind == ConflictKind.Pin));
    }

    [Fact]
    public void Infeasible_PinnedPairFailingARule_IsNamed()
    {
        var problem = World.Problem(Three, [World.Unit("u1", 0, rent: 800m)], [World.Client("c1")], pinned: [World.Pair("c1", "u1")]);
        var result = World.Solve(problem);
        Assert.Equal(SolveStatus.Infeasible, result.Status);
        Assert.Contains("rent.max", Assert.Single(result.Conflicts).Detail);
    }

    [Fact]
    public void Pinned_PairIsKeptEvenWhenAnotherClientWaitsLonger()
    {
        var problem = World.Problem(Three, [World.Unit("u1", 0)], [World.Client("c1", daysPastReadiness: 1), World.Client("c2", daysPastReadiness: 99)],
            pinned: [World.Pair("c1", "u1")]);
        var pair = Assert.Single(World.Solve(problem).Pairs);
        Assert.True(pair.Pinned);
        Assert.Equal("c1", pair.Client.Value);
    }

    [Fact]
    public void Determinism_SameInputAndSeed_IdenticalPairs()
    {
        var problem = RandomWorld.Create(seed: 4242, clientCount: 40, unitCount: 60, workers: 2);
        var first = World.Solve(problem);
        var second = World.Solve(problem);
        Assert.Equal(first.InputHash, second.InputHash);
        Assert.Equal(first.Pairs.Select(p => (p.Client, p.UnitId, p.CareTeamId)), second.Pairs.Select(p => (p.Client, p.UnitId, p.CareTeamId)));
        Assert.Equal(first.Tiers.Select(t => t.Objective), second.Tiers.Select(t => t.Objective));
        Assert.NotEmpty(first.Pairs);
    }

    [Fact]
    public void Cancellation_AfterFirstSolution_ReturnsFeasibleBestSoFar()
    {
        var problem = RandomWorld.Create(seed: 7, clientCount: 60, unitCount: 120, workers: 2);
        using var cancel = new CancellationTokenSource();
        var reports = new List<MatchProgress>();
        var result = MatchEngine.Solve(problem, p =>
        {
            reports.Add(p);
            cancel.Cancel();
        }, cancel.Token);
        Assert.Equal(SolveStatus.Feasible, result.Status);
        Assert.NotEmpty(result.Pairs);
        Assert.NotEmpty(reports);
        Assert.Contains(result.Tiers, t => t.Status == SolveStatus.NotSolved);
        Assert.Empty(Checker.Violations(problem, [.. result.Pairs.Select(p => (p.Client, p.UnitId, p.CareTeamId))]));
    }

    [Fact]
    public void TimeLimit_SpentBeforeTheFirstGoal_ReturnsTheRepairedMatchingAsFeasible()
    {
        // A limit of a tick is spent on eligibility and building the model, before CP-SAT starts: whatever the machine's
        // speed, the answer is the repaired housing matching, never "unknown". Some of these worlds have a flow the peer
        // limits break, so the housing goal is feasible rather than proven there.
        var housing = new List<SolveStatus>();
        foreach (var seed in Enumerable.Range(1, 12))
        {
            var generated = RandomWorld.Create(seed, clientCount: 30, unitCount: 50, workers: 2);
            var problem = generated.WithOptions(new MatchOptions(generated.Options.Policy, TimeSpan.FromTicks(1), workers: 2));

            var result = MatchEngine.Solve(problem, cancellation: TestContext.Current.CancellationToken);

            Assert.Equal(SolveStatus.Feasible, result.Status);
            Assert.NotEmpty(result.Pairs);
            Assert.Equal(TierMethod.Flow, result.Tiers[0].Method);
            Assert.All(result.Tiers.Skip(1), t => Assert.Equal(SolveStatus.NotSolved, t.Status));
            Assert.Empty(Checker.Violations(problem, [.. result.Pairs.Select(p => (p.Client, p.UnitId, p.CareTeamId))]));
            housing.Add(result.Tiers[0].Status);
        }
        Assert.Contains(SolveStatus.Feasible, housing);
        Assert.Contains(SolveStatus.Optimal, housing);
    }

    [Fact]
    public void Result_CarriesVersionHashAndSeed()
    {
        var result = World.Solve(World.Problem(Three, [World.Unit("u1", 0)], [World.Client("c1")], options: World.Options(seed: 17)));
        Assert.StartsWith("9.", result.OrToolsVersion);
        Assert.Equal(64, result.InputHash.Length);
        Assert.Equal(17, result.RandomSeed);
    }

    [Fact]
    public void InputHash_DoesNotDependOnListOrder()
    {
        var units = new[] { World.Unit("u1", 0), World.Unit("u2", 1) };
        var a = World.Problem(Three, units, [World.Client("c1"), World.Client("c2")]);
        var b = World.Problem([.. Three.Reverse()], [.. units.Reverse()], [World.Client("c2"), World.Client("c1")]);
        Assert.Equal(CanonicalInput.Hash(a), CanonicalInput.Hash(b));
        Assert.NotEqual(CanonicalInput.Hash(a), CanonicalInput.Hash(World.Problem(Three, [units[0]], [World.Client("c1"), World.Client("c2")])));
    }

    [Fact]
    public void SatParametersText_WritesTextFormatTheNativeParserAccepts()
    {
        var text = SatParametersText.Format(new SatParameters { NumWorkers = 2, RandomSeed = 5, MaxTimeInSeconds = 1.5, InterleaveSearch = true });
        Assert.Equal(["interleave_search:true", "max_time_in_seconds:1.5", "num_workers:2", "random_seed:5"], text.Split(' ').Order());
        var model = new CpModel();
        var x = model.NewBoolVar("x");
        model.Maximize(x);
        using var solver = new CpSolver { StringParameters = text };
        Assert.Equal(CpSolverStatus.Optimal, solver.Solve(model, null));
    }

    [Fact]
    public void RandomWorld_IsNotDegenerate()
    {
        var housed = Enumerable.Range(1, 20).Sum(seed => World.Solve(RandomWorld.Create(seed, 6, 6)).Pairs.Count);
        Assert.InRange(housed, 15, 120);
    }
}
