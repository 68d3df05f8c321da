namespace BeschermdThuis.Matching.Solver.Eligibility;

/// <summary>A failed rule with its values, e.g. <c>rent.max: rent 812.40 &gt; limit 682.96</c>.</summary>
public sealed record RuleFailure(RuleId Rule, string Detail)
{
    public string Code => Rule.Code();

    public override string ToString() => $"{Code}: {Detail}";
}
