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
            Failures.Add((TRule.Id, typeof(TRule) == typeof(SupportMaxDistanceRule) ? SupportMaxDistanceRule.AnchorsOutOfReach(facts, client, unit) : 1));
        }
        return true;
    }
}

/// <summary>
/// <see cref="FailureCountWalk"/> added into a tally per rule (indexed by <see cref="RuleId"/>) without a list per pair;
/// <see cref="SingleFailure"/> tells whether the pair's counts were exactly one rule failed once.
/// </summary>
internal struct FailureTallyWalk(EligibilityFacts facts, int client, int unit, int[] tally) : IRuleVisitor
{
    private int _rules;
    private int _count;

    public readonly bool SingleFailure => _rules == 1 && _count == 1;

    public bool Visit<TRule>()
        where TRule : struct, IEligibilityRule
    {
        if (!TRule.Passes(facts, client, unit))
        {
            var count = typeof(TRule) == typeof(SupportMaxDistanceRule) ? SupportMaxDistanceRule.AnchorsOutOfReach(facts, client, unit) : 1;
            tally[(int)TRule.Id] += count;
            _rules++;
            _count = count;
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
