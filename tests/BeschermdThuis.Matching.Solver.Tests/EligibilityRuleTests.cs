using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Solver.Eligibility;
using BeschermdThuis.Matching.Solver.Problem;

namespace BeschermdThuis.Matching.Solver.Tests;

/// <summary>One known answer per rule: a base pair that passes, then one change that makes exactly that rule fail.</summary>
public sealed class EligibilityRuleTests
{
    private static IReadOnlyList<RuleFailure> Check(Client client, HousingUnit unit, Neighbourhood? n0 = null, IReadOnlyList<Domain.Care.CareTeam>? teams = null, IReadOnlyList<ClientUnitPair>? excluded = null)
    {
        var problem = World.Problem([n0 ?? World.Neighbourhood(0), World.Neighbourhood(1), World.Neighbourhood(2)], [unit], [client], teams, excluded: excluded);
        var index = new EligibilityIndex(problem);
        var failures = index.Evaluate(0, 0);
        Assert.Equal(failures.Count > 0 ? failures[0].Rule : null, index.FirstFailure(0, 0));
        Assert.Equal(failures.Count == 0, Checker.PairViolation(problem, client, unit) is null);
        return failures;
    }

    private static void AssertOnly(RuleId rule, IReadOnlyList<RuleFailure> failures) => Assert.Equal([rule], failures.Select(f => f.Rule));

    [Fact]
    public void BasePair_IsEligible() => Assert.Empty(Check(World.Client("c1"), World.Unit("u1", 0)));

    [Fact]
    public void RentMax_RentAboveAftoppingsgrens_FailsWithValues()
    {
        var failures = Check(World.Client("c1"), World.Unit("u1", 0, rent: 812.40m));
        AssertOnly(RuleId.RentMax, failures);
        Assert.Equal("rent.max: rent 812.40 > limit 682.96", failures[0].ToString());
    }

    [Fact]
    public void RentMax_LargeHouseholdGetsHigherCap() => Assert.Empty(Check(World.Client("c1", household: 3), World.Unit("u1", 0, rent: 720m)));

    [Fact]
    public void RentMax_AboveDaeb_NoSocialRent() => AssertOnly(RuleId.RentMax, Check(World.Client("c1", band: IncomeBand.AboveDaeb), World.Unit("u1", 0)));

    [Fact]
    public void HouseholdRooms_FourPersonsInOneRoom_Fails() => AssertOnly(RuleId.HouseholdRooms, Check(World.Client("c1", household: 4, band: IncomeBand.WithinDaeb), World.Unit("u1", 0, rooms: 1)));

    [Fact]
    public void NeedsStepFree_Fails() => AssertOnly(RuleId.NeedsStepFree, Check(World.Client("c1", needs: new Needs(true, false, 1)), World.Unit("u1", 0, stepFree: false)));

    [Fact]
    public void NeedsGroundFloor_Fails() => AssertOnly(RuleId.NeedsGroundFloor, Check(World.Client("c1", needs: new Needs(false, true, 1)), World.Unit("u1", 0, floor: 2)));

    [Fact]
    public void WishDwellingType_NotAccepted_Fails() => AssertOnly(RuleId.WishDwellingType, Check(
        World.Client("c1", wishes: new HousingWishes([], [new DwellingTypeWish(1, DwellingType.Clustered)])), World.Unit("u1", 0)));

    [Fact]
    public void RecoveryAvoidArea_Fails() => AssertOnly(RuleId.RecoveryAvoidArea, Check(
        World.Client("c1", recovery: new RecoveryConstraints([AreaRef.Of(World.Code(0).District)], null, null, [])), World.Unit("u1", 0)));

    [Fact]
    public void RecoveryAvoidOrigin_RadiusReachesNeighbour_Fails()
    {
        var avoid = new RecoveryConstraints([], new OriginAvoidance(World.Code(1), 300), null, []);
        // 100 m into neighbourhood 0 from the shared edge with 1 (0.01° lon ≈ 690 m) is within 300 m; the centre is not.
        AssertOnly(RuleId.RecoveryAvoidOrigin, Check(World.Client("c1", recovery: avoid), World.Unit("u1", 0, dx: 0.85)));
        Assert.Empty(Check(World.Client("c1", recovery: avoid), World.Unit("u1", 0, dx: 0.2)));
    }

    [Fact]
    public void RecoveryAvoidOrigin_RadiusZero_OnlyTheOriginItself()
    {
        var avoid = new RecoveryConstraints([], new OriginAvoidance(World.Code(0), 0), null, []);
        AssertOnly(RuleId.RecoveryAvoidOrigin, Check(World.Client("c1", recovery: avoid), World.Unit("u1", 0)));
        Assert.Empty(Check(World.Client("c1", recovery: avoid), World.Unit("u1", 1)));
    }

    [Fact]
    public void RecoveryMaxPeers_TooManyExisting_Fails() => AssertOnly(RuleId.RecoveryMaxPeers, Check(
        World.Client("c1", recovery: new RecoveryConstraints([], null, 2, [])), World.Unit("u1", 0), World.Neighbourhood(0, existing: 2)));

    [Fact]
    public void SupportMaxDistance_TooFar_Fails()
    {
        var anchor = new SupportAnchor(SupportAnchorKind.Family, World.In(2), 1000);
        var failures = Check(World.Client("c1", recovery: new RecoveryConstraints([], null, null, [anchor])), World.Unit("u1", 0));
        AssertOnly(RuleId.SupportMaxDistance, failures);
        Assert.Contains("> max 1000 m", failures[0].Detail);
    }

    [Fact]
    public void CareCoverage_NoTeamCovers_Fails() => AssertOnly(RuleId.CareCoverage, Check(World.Client("c1"), World.Unit("u1", 2),
        teams: [World.TeamByArea("fact-oost", 5, World.Square(World.Lon(0), World.Lat, 0.01), World.In(0))]));

    [Fact]
    public void CareCaseload_FullTeam_FailsUnlessItIsTheClientsOwnTeam()
    {
        var full = World.TeamByMunicipality("fact-nijmegen", 0);
        AssertOnly(RuleId.CareCaseload, Check(World.Client("c1"), World.Unit("u1", 0), teams: [full]));
        Assert.Empty(Check(World.Client("c1", team: "fact-nijmegen"), World.Unit("u1", 0), teams: [full]));
    }

    [Fact]
    public void AvailabilityWindow_UnitFreeLongAfterReadiness_Fails() => AssertOnly(RuleId.AvailabilityWindow, Check(
        World.Client("c1", daysPastReadiness: -200), World.Unit("u1", 0)));

    [Fact]
    public void AvailabilityWindow_AfterPeriod_Fails() => AssertOnly(RuleId.AvailabilityWindow, Check(
        World.Client("c1"), World.Unit("u1", 0, available: World.Period.End.AddDays(1))));

    [Fact]
    public void AreaCapacity_CeilingReached_Fails() => AssertOnly(RuleId.AreaCapacity, Check(
        World.Client("c1"), World.Unit("u1", 0), World.Neighbourhood(0, existing: 10, inhabitants: 1000)));

    [Fact]
    public void PairExcluded_Fails() => AssertOnly(RuleId.PairExcluded, Check(World.Client("c1"), World.Unit("u1", 0), excluded: [World.Pair("c1", "u1")]));

    [Fact]
    public void RuleCodes_AreStableAndUnique()
    {
        var codes = RuleIds.All.Select(r => r.Code()).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Contains("rent.max", codes);
        Assert.Contains("care.caseload", codes);
    }
}
