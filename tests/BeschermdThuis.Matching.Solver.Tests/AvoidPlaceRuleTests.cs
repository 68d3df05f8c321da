using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Solver.Eligibility;
using BeschermdThuis.Matching.Solver.Explanations;

namespace BeschermdThuis.Matching.Solver.Tests;

/// <summary>recovery.avoid_place: a unit inside a circle the client avoids is not eligible for that client, and only for that client.</summary>
public sealed class AvoidPlaceRuleTests
{
    // A former address in neighbourhood 0 (given at full precision; the client keeps only its 10 m grid point).
    private static readonly GeoPoint FormerAddress = new(5.80437, 51.80512);

    private static Client Avoiding(string reference, int radius) =>
        World.Client(reference, recovery: new RecoveryConstraints([], null, null, [], [new AvoidedPlace(FormerAddress, radius)]));

    /// <summary>A point <paramref name="metres"/> due east of the address as given (not as kept), in RD New.</summary>
    private static GeoPoint EastOfAddress(double metres)
    {
        var rd = RdNewProjection.Instance.Project(FormerAddress);
        return RdNewProjection.Instance.Unproject(new RdPoint(rd.X + metres, rd.Y));
    }

    private static EligibilityIndex Index(params Client[] clients) =>
        new(World.Problem([World.Neighbourhood(0), World.Neighbourhood(1)],
            [World.Unit("near", 0, at: EastOfAddress(300)), World.Unit("far", 0, at: EastOfAddress(520))], clients));

    [Fact]
    public void UnitInsideTheCircle_IsNotEligible_WithTheDistanceAndNotThePlace()
    {
        var index = Index(Avoiding("c1", 500));

        var failures = index.Evaluate(0, 0);

        Assert.Equal([RuleId.RecoveryAvoidPlace], failures.Select(f => f.Rule));
        Assert.Matches(@"^(29\d|30\d) m from avoided place 1 <= radius 500 m$", failures[0].Detail);
        Assert.DoesNotContain("51.8", failures[0].Detail);
        Assert.Equal("recovery.avoid_place", failures[0].Code);
        Assert.True(index.IsEligible(0, 1));
    }

    [Fact]
    public void OnlyTheClientWhoAvoidsThePlace_LosesTheUnit()
    {
        var index = Index(Avoiding("c1", 500), World.Client("c2"));

        var pairs = index.FindEligiblePairs();

        Assert.Equal([(0, 1), (1, 0), (1, 1)], Enumerable.Range(0, pairs.Count).Select(i => (pairs.ClientOf(i), pairs.UnitOf(i))));
    }

    /// <summary>
    /// Whichever way the point was rounded (at most 7.07 m), a unit 8 m inside the circle as given is excluded and one
    /// 8 m outside is not: the units lie 300 m and 520 m from the address as given.
    /// </summary>
    [Theory]
    [InlineData(292, false, false)]
    [InlineData(308, true, false)]
    [InlineData(512, true, false)]
    [InlineData(528, true, true)]
    public void TheEdge_IsKeptWithinTheRoundingOfIntent(int radius, bool nearExcluded, bool farExcluded)
    {
        var index = Index(Avoiding("c1", radius));

        Assert.Equal(nearExcluded, !index.IsEligible(0, 0));
        Assert.Equal(farExcluded, !index.IsEligible(0, 1));
    }

    [Fact]
    public void UnmatchedClient_HearsWhyInBothLanguages_WithoutThePlace()
    {
        var problem = World.Problem([World.Neighbourhood(0)], [World.Unit("near", 0, at: EastOfAddress(100))], [Avoiding("c1", 500)]);
        var index = new EligibilityIndex(problem);
        var explanation = Explainer.ExplainClient(index, World.Solve(problem), new ClientReference("c1"));

        var dutch = explanation.Render(Language.Dutch);
        var english = explanation.Render(Language.English);

        Assert.Contains("1 woningen vielen af op regel recovery.avoid_place. Ze liggen te dicht bij een plek die u wilt vermijden.", dutch);
        Assert.Contains("Die ligt te dicht bij een plek die u wilt vermijden.", dutch);
        Assert.Contains("1 units failed recovery.avoid_place. They lie too close to a place the client avoids.", english);
        Assert.DoesNotContain("5.80", english + dutch);
    }
}
