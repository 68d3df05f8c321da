using System.Runtime.CompilerServices;

namespace BeschermdThuis.Matching.Solver.Eligibility.Rules;

/// <summary>The fast path: stops at the first rule the pair fails.</summary>
internal struct FirstFailureWalk(EligibilityFacts facts, int client, int unit) : IRuleVisitor
{
    public RuleId? Failure { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Visit<TRule>()
        where TRule : struct, IEligibilityRule
    {
        if (TRule.Passes(facts, client, unit))
        {
            return true;
        }
        Failure = TRule.Id;
        return false;
    }
}

/// <summary>Every rule the pair fails, with its values.</summary>
internal readonly struct ExplainWalk(EligibilityFacts facts, int client, int unit) : IRuleVisitor
{
    public List<RuleFailure> Failures { get; } = [];

    public bool Visit<TRule>()
        where TRule : struct, IEligibilityRule
    {
        if (!TRule.Passes(facts, client, unit))
        {
            foreach (var detail in TRule.Explain(facts, client, unit))
            {
                Failures.Add(new(TRule.Id, detail));
            }
        }
        return true;
    }
}

/// <summary>
/// How many failures <see cref="ExplainWalk"/> would list per rule, without writing their values (one per failed rule;
/// one per anchor out of reach for support.max_distance, the only rule with more than one).
/// </summary>
internal readonly struct FailureCountWalk(EligibilityFacts facts, int client, int unit) : IRuleVisitor
{
    public List<(RuleId Rule, int Count)> Failures { get; } = [];

    public bool Visit<TRule>()
        where TRule : struct, IEligibilityRule
    {
        if (!TRule.Passes(facts, client, unit))
        {
            Failures.Add((TRule.Id, typeof(TRule) == typeof(SupportMaxDistanceRule) ? TRule.Explain(facts, client, unit).Count() : 1));
        }
        return true;
    }
}

/// <summary>Narrows one client's row of units to those that pass every rule.</summary>
internal readonly struct UnitSetWalk(UnitSets sets, int client, ulong[] row) : IRuleVisitor
{
    public bool Visit<TRule>()
        where TRule : struct, IEligibilityRule
    {
        TRule.KeepPassingUnits(sets, client, row);
        return true;
    }
}
