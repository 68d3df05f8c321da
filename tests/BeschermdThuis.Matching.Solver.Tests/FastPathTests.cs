using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Solver.Eligibility;
using BeschermdThuis.Matching.Solver.Eligibility.Rules;
using BeschermdThuis.Matching.Solver.Problem;
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
        var index = new EligibilityIndex(RandomProblem(seed.Get));
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

    [Property(MaxTest = 60)]
    public Property Evaluate_ListsFailuresInRuleOrder_StartingWithFirstFailure(PositiveInt seed)
    {
        var index = new EligibilityIndex(RandomProblem(seed.Get));
        var errors = new List<string>();
        for (var c = 0; c < index.ClientCount; c++)
        {
            for (var u = 0; u < index.UnitCount; u++)
            {
                var rules = index.Evaluate(c, u).Select(f => f.Rule).ToList();
                if (index.FirstFailure(c, u) != (rules.Count > 0 ? rules[0] : null) || !rules.SequenceEqual(rules.Order()))
                {
                    errors.Add($"({c}, {u}): first {index.FirstFailure(c, u)}, evaluated {string.Join(", ", rules)}");
                }
            }
        }
        return (errors.Count == 0).Label(string.Join("; ", errors.Take(5)));
    }

    /// <summary>Per rule: its unit set (shared between clients with the same key) and its explanation follow its check.</summary>
    [Property(MaxTest = 60)]
    public Property EveryRule_UnitSetAndExplanationFollowItsCheck(PositiveInt seed)
    {
        var problem = RandomProblem(seed.Get);
        var index = new EligibilityIndex(problem);
        var facts = new EligibilityFacts(problem);
        var agreement = new RuleAgreement(facts, new UnitSets(facts), index, []);
        EligibilityRules.InOrder(ref agreement);
        return (agreement.Errors.Count == 0).Label(string.Join("; ", agreement.Errors.Take(5)));
    }

    [Property(MaxTest = 30)]
    public Property FailureCounts_CountWhatEvaluateLists_RuleByRule(PositiveInt seed)
    {
        var index = new EligibilityIndex(RandomProblem(seed.Get));
        var errors = new List<string>();
        for (var c = 0; c < index.ClientCount; c++)
        {
            for (var u = 0; u < index.UnitCount; u++)
            {
                var listed = index.Evaluate(c, u).GroupBy(f => f.Rule).Select(g => (g.Key, g.Count())).ToList();
                var counted = index.FailureCounts(c, u);
                if (!listed.SequenceEqual(counted))
                {
                    errors.Add($"({c}, {u}): evaluated {string.Join(", ", listed)}, counted {string.Join(", ", counted)}");
                }
            }
        }
        return (errors.Count == 0).Label(string.Join("; ", errors.Take(5)));
    }

    [Property(MaxTest = 30)]
    public Property TallyFailures_SumsFailureCounts_AndFindsTheSingleFailures(PositiveInt seed)
    {
        var index = new EligibilityIndex(RandomProblem(seed.Get));
        var errors = new List<string>();
        for (var c = 0; c < index.ClientCount; c++)
        {
            var counts = Enumerable.Range(0, index.UnitCount).Select(u => (Unit: u, Failures: index.FailureCounts(c, u))).ToList();
            var expected = counts.SelectMany(f => f.Failures).GroupBy(f => f.Rule).ToDictionary(g => g.Key, g => g.Sum(f => f.Count));
            var expectedMisses = counts.Where(f => f.Failures is [(_, 1)]).Select(f => f.Unit).Take(3).ToList();
            var tally = new int[(int)RuleIds.All.Max() + 1];
            var misses = index.TallyFailures(c, tally, 3);
            var tallied = RuleIds.All.Where(r => tally[(int)r] > 0).ToDictionary(r => r, r => tally[(int)r]);
            if (!tallied.OrderBy(t => t.Key).SequenceEqual(expected.OrderBy(e => e.Key)) || !misses.SequenceEqual(expectedMisses))
            {
                errors.Add($"client {c}: counted {string.Join(", ", expected)} / {string.Join(", ", expectedMisses)}, tallied {string.Join(", ", tallied)} / {string.Join(", ", misses)}");
            }
        }
        return (errors.Count == 0).Label(string.Join("; ", errors.Take(5)));
    }

    [Fact]
    public void RandomWorlds_FailEveryRule_SoThePropertiesTestThemAll()
    {
        var failed = Enumerable.Range(1, 60).Select(RandomProblem).SelectMany(problem =>
        {
            var index = new EligibilityIndex(problem);
            return Enumerable.Range(0, index.ClientCount).SelectMany(c => Enumerable.Range(0, index.UnitCount).SelectMany(u => index.Evaluate(c, u)));
        }).Select(f => f.Rule).ToHashSet();
        Assert.Equal(RuleIds.All, failed.Order());
    }

    [Fact]
    public void FirstFailure_AllocatesNothingPerPair()
    {
        var index = new EligibilityIndex(RandomWorld.Create(7, 30, 90));
        CountEligible(index, 10);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var eligible = CountEligible(index, 200);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.InRange(eligible, 1, 200 * 30 * 90 - 1);
        Assert.True(allocated < 200 * 30 * 90, $"{allocated} B allocated for {200 * 30 * 90} pairs");
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

    /// <summary>
    /// Up to 30 clients × 90 units (the seed is scrambled first, so that small seeds give large worlds too), with a move
    /// window of 10 days before to 30 days after readiness and a period of 60 days, so that availability.window fails both ways;
    /// for even seeds without the team that covers the whole municipality, so that care.coverage fails too.
    /// </summary>
    private static MatchProblem RandomProblem(int seed)
    {
        var size = (int)(unchecked((uint)seed * 2654435761u) >> 8);
        var p = RandomWorld.Create(seed, 1 + (size % 30), 1 + (size / 30 % 90), avoidPlaces: true);
        var options = World.Options(policy: World.Policy with { Availability = new AvailabilityWindow(10, 30) });
        var teams = seed % 2 == 0 ? [.. p.CareTeams.Where(t => t.Id != "fact-nijmegen")] : p.CareTeams;
        return new MatchProblem(p.RegionDefaultLimits, p.Neighbourhoods, p.Units, p.Clients, teams, p.Agreements, p.Affordability,
            p.RentYear, new(p.Period.Start, p.Today.AddDays(60)), p.Today, p.Pinned, p.Excluded, options);
    }

    private static int CountEligible(EligibilityIndex index, int rounds)
    {
        var eligible = 0;
        for (var round = 0; round < rounds; round++)
        {
            for (var c = 0; c < index.ClientCount; c++)
            {
                for (var u = 0; u < index.UnitCount; u++)
                {
                    eligible += index.FirstFailure(c, u) is null ? 1 : 0;
                }
            }
        }
        return eligible;
    }

    private readonly struct RuleAgreement(EligibilityFacts facts, UnitSets sets, EligibilityIndex index, List<string> errors) : IRuleVisitor
    {
        public List<string> Errors { get; } = errors;

        public bool Visit<TRule>()
            where TRule : struct, IEligibilityRule
        {
            var row = new ulong[sets.Words];
            for (var c = 0; c < facts.ClientCount; c++)
            {
                sets.Fill(row);
                TRule.KeepPassingUnits(sets, c, row);
                for (var u = 0; u < facts.UnitCount; u++)
                {
                    var passes = TRule.Passes(facts, c, u);
                    if (Bits.Test(row, u) != passes || index.Evaluate(c, u).Any(f => f.Rule == TRule.Id) == passes)
                    {
                        Errors.Add($"{TRule.Id.Code()} ({c}, {u}): check {passes}, unit set {Bits.Test(row, u)}");
                    }
                }
            }
            return true;
        }
    }
}
