using System.Reflection;
using BeschermdThuis.Matching.Solver.Eligibility;
using BeschermdThuis.Matching.Solver.Eligibility.Rules;

namespace BeschermdThuis.Matching.Solver.Tests;

/// <summary>The list of rules that every evaluation path walks: each <see cref="RuleId"/> defined once and listed once, in order.</summary>
public sealed class EligibilityRuleListTests
{
    private static readonly Type[] Definitions = [.. typeof(IEligibilityRule).Assembly.GetTypes()
        .Where(t => t.IsValueType && t.GetInterfaces().Contains(typeof(IEligibilityRule)))];

    [Fact]
    public void RuleList_HasEveryRuleIdOnce_InRuleIdOrder()
    {
        Assert.Equal(RuleIds.All, Listed().Select(r => r.Id));
    }

    [Fact]
    public void EveryRuleId_HasExactlyOneRuleDefinition()
    {
        var ids = Definitions.Select(t => (RuleId)t.GetProperty(nameof(IEligibilityRule.Id), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!);
        Assert.Equal(RuleIds.All.Order(), ids.Order());
    }

    [Fact]
    public void EveryRuleDefinition_IsListed()
    {
        Assert.Equal(Definitions.Select(t => t.FullName).Order(), Listed().Select(r => r.Type.FullName).Order());
    }

    private static List<(RuleId Id, Type Type)> Listed()
    {
        var listing = new Listing([]);
        EligibilityRules.InOrder(ref listing);
        return listing.Rules;
    }

    private readonly struct Listing(List<(RuleId, Type)> rules) : IRuleVisitor
    {
        public List<(RuleId Id, Type Type)> Rules { get; } = rules;

        public bool Visit<TRule>()
            where TRule : struct, IEligibilityRule
        {
            Rules.Add((TRule.Id, typeof(TRule)));
            return true;
        }
    }
}
