using BeschermdThuis.Matching.Solver.Eligibility;
using BeschermdThuis.Matching.Solver.Explanations;

namespace BeschermdThuis.Matching.Solver.Tests;

/// <summary>
/// A wished area without a usable unit is explained by what stood in the way: no unit on offer there, units held by
/// other proposals or excluded after a decline (no rule failed), or the rule most units failed; never an empty rule.
/// </summary>
public sealed class ExplanationTextTests
{
    [Theory]
    [InlineData(0, false, "had no unit on offer")]
    [InlineData(3, false, "had no unit free")]
    [InlineData(3, true, "most failed")]
    public void NoEligibleUnitInWishedArea_NamesWhatStoodInTheWay(int units, bool ruleFailed, string expected)
    {
        var reason = new Reason(ReasonKind.NoEligibleUnitInWishedArea, Rule: ruleFailed ? Enum.GetValues<RuleId>()[0] : null, Rank: 1, Area: "WK026801", Count: units);

        var english = ExplanationText.Render(reason, Language.English);
        var dutch = ExplanationText.Render(reason, Language.Dutch);

        Assert.Contains(expected, english, StringComparison.Ordinal);
        Assert.DoesNotContain(" .", english, StringComparison.Ordinal);
        Assert.DoesNotContain(" .", dutch, StringComparison.Ordinal);
        Assert.Contains("WK026801", dutch, StringComparison.Ordinal);
    }
}
