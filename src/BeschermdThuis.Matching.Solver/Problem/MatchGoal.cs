namespace BeschermdThuis.Matching.Solver.Problem;

/// <summary>The goals of a match, solved one after the other in the order the policy gives.</summary>
public enum MatchGoal
{
    /// <summary>House as many people as possible, people furthest past their readiness date first.</summary>
    Housing = 1,

    /// <summary>Honour the ranked area and dwelling-type wishes.</summary>
    Wishes = 2,

    /// <summary>Close to support; keep the current care team.</summary>
    Recovery = 3,

    /// <summary>Indefinite tenancy, contract in the tenant's own name.</summary>
    Stability = 4,

    /// <summary>Spread over neighbourhoods and meet the performance agreements.</summary>
    Spread = 5,
}
