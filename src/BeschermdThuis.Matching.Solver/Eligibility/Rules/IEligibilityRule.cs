namespace BeschermdThuis.Matching.Solver.Eligibility.Rules;

/// <summary>
/// One hard rule, stated once: the check of one pair, the units that pass for one client, and the values that explain
/// a failure. <see cref="EligibilityRules"/> lists the rules; <see cref="EligibilityIndex.FirstFailure"/>,
/// <see cref="EligibilityIndex.Evaluate"/> and <see cref="EligibilityIndex.FindEligiblePairs"/> all walk that list.
/// Rules are empty structs with static members, so the generic code that walks them is specialised per rule and the
/// JIT inlines each check: no delegate, virtual call or allocation per pair.
/// Each rule stands on its own: a pair passes all of them exactly when it is eligible, whatever the order.
/// </summary>
internal interface IEligibilityRule
{
    static abstract RuleId Id { get; }

    /// <summary>The fast check: a few array reads and comparisons, nothing allocated.</summary>
    static abstract bool Passes(EligibilityFacts facts, int client, int unit);

    /// <summary>Clears in <paramref name="row"/> (a bit set over units) every unit that fails the rule for the client.</summary>
    static abstract void KeepPassingUnits(UnitSets sets, int client, ulong[] row);

    /// <summary>The values that decided a failed check (usually one line; one per support anchor out of reach).</summary>
    static abstract IEnumerable<string> Explain(EligibilityFacts facts, int client, int unit);
}
