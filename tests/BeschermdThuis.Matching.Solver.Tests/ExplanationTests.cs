using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Solver.Eligibility;
using BeschermdThuis.Matching.Solver.Explanations;
using BeschermdThuis.Matching.Solver.Problem;

namespace BeschermdThuis.Matching.Solver.Tests;

public sealed class ExplanationTests
{
    private static readonly Neighbourhood[] Three = [World.Neighbourhood(0), World.Neighbourhood(1), World.Neighbourhood(2)];
    private static readonly HousingWishes WantsZero = new([new AreaWish(1, AreaRef.Of(World.Code(0)))], []);

    [Fact]
    public void Matched_WishedUnitWentToClientWaitingLonger_IsExplained()
    {
        var problem = World.Problem(Three, [World.Unit("u0", 0), World.Unit("u1", 1)],
            [World.Client("c-short", daysPastReadiness: 10, wishes: WantsZero), World.Client("c-long", daysPastReadiness: 50, wishes: WantsZero)]);
        var result = World.Solve(problem);
        var explanation = Explainer.ExplainClient(new EligibilityIndex(problem), result, new ClientReference("c-short"));
        Assert.Equal("u1", explanation.UnitId);
        var reason = Assert.Single(explanation.Reasons, r => r.Kind == ReasonKind.WishedUnitWentToOther);
        Assert.Equal(("u0", 40, "c-long"), (reason.UnitId, reason.DaysDifference, reason.OtherClient?.Value));
        Assert.Contains("40 dagen langer", explanation.Render(Language.Dutch));
        Assert.Contains("40 days further past readiness", explanation.Render(Language.English));
    }

    [Fact]
    public void Unmatched_NoEligibleUnit_CountsRulesAndNamesClosestMiss()
    {
        var problem = World.Problem(Three, [World.Unit("u-dear", 0, rent: 812.40m), World.Unit("u-up", 1, rent: 812.40m, floor: 3, stepFree: false)],
            [World.Client("c1", needs: new Needs(true, false, 1))]);
        var result = World.Solve(problem);
        var explanation = Explainer.Explain(new EligibilityIndex(problem), result).Single();
        Assert.Null(explanation.UnitId);
        Assert.Equal(ReasonKind.NoEligibleUnit, explanation.Reasons[0].Kind);
        Assert.Equal(2, explanation.Reasons.Single(r => r.Kind == ReasonKind.RuleExcludedUnits && r.Rule == RuleId.RentMax).Count);
        var miss = Assert.Single(explanation.Reasons, r => r.Kind == ReasonKind.ClosestMiss);
        Assert.Equal(("u-dear", "rent 812.40 > limit 682.96"), (miss.UnitId, miss.Detail));
        Assert.Contains("regel rent.max", explanation.Render(Language.Dutch));
    }

    [Fact]
    public void Unmatched_EligibleUnitWentToOther_IsExplained()
    {
        var problem = World.Problem(Three, [World.Unit("u0", 0)], [World.Client("c1", daysPastReadiness: 3), World.Client("c2", daysPastReadiness: 30)]);
        var explanation = Explainer.ExplainClient(new EligibilityIndex(problem), World.Solve(problem), new ClientReference("c1"));
        Assert.Equal(ReasonKind.EligibleUnitsWentToOthers, explanation.Reasons[0].Kind);
        Assert.Equal(27, Assert.Single(explanation.Reasons, r => r.Kind == ReasonKind.UnitWentToOther).DaysDifference);
    }

    [Fact]
    public void WhyNot_IneligiblePair_ListsFailedRules()
    {
        var problem = World.Problem(Three, [World.Unit("u0", 0, rent: 812.40m, floor: 2)], [World.Client("c1", needs: new Needs(false, true, 1))]);
        var answer = WhyNot.Ask(problem, World.Solve(problem), new ClientReference("c1"), "u0", TestContext.Current.CancellationToken);
        Assert.False(answer.Eligible);
        Assert.Equal([RuleId.RentMax, RuleId.NeedsGroundFloor], answer.Failures.Select(f => f.Rule));
    }

    [Fact]
    public void WhyNot_EligiblePairTakenByOther_ReportsCostAndDisplacedClient()
    {
        var problem = World.Problem(Three, [World.Unit("u0", 0)], [World.Client("c1", daysPastReadiness: 3), World.Client("c2", daysPastReadiness: 30)]);
        var result = World.Solve(problem);
        var answer = WhyNot.Ask(problem, result, new ClientReference("c1"), "u0", TestContext.Current.CancellationToken);
        Assert.True(answer.Eligible);
        Assert.Equal(-27, answer.Changes.Single(c => c.Goal == MatchGoal.Housing).Delta);
        Assert.Equal("c2", Assert.Single(answer.Displaced).Value);
    }

    [Fact]
    public void Policy_FromConfigFile_IsValidAndInvalidNumbersAreRefused()
    {
        Assert.Equal([MatchGoal.Housing, MatchGoal.Wishes, MatchGoal.Recovery, MatchGoal.Stability, MatchGoal.Spread], World.Policy.Tiers);
        var bad = World.Policy with { Tiers = [MatchGoal.Housing, MatchGoal.Housing], PersonsPerRoom = 0 };
        var error = Assert.Throws<DomainValidationException>(() => bad.Validate());
        Assert.Equal(["tiers", "persons_per_room"], error.Violations.Select(v => v.Field));
        Assert.Throws<DomainValidationException>(() => MatchPolicyJson.Parse("{ \"tiers\": [\"housing\"], \"unknown\": 1 }"));
    }

    [Theory]
    [InlineData(RuleId.AreaCapacity, "nieuwe mensen")]
    [InlineData(RuleId.RecoveryMaxPeers, "met begeleiding")]
    public void Render_UnitNotUsed_DutchTextIsDutchWhateverTheCause(RuleId cause, string expected)
    {
        var reason = new Reason(ReasonKind.UnitNotUsed, "u-1", cause, Area: "BU02680101", Count: 2, Detail: "BU02680101 reached its limit (2 new placements)");

        var dutch = ExplanationText.Render(reason, Language.Dutch);

        Assert.Contains(expected, dutch);
        Assert.DoesNotContain("reached", dutch);
        Assert.Contains("u-1", ExplanationText.Render(reason, Language.English));
    }
}
