using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Solver.Eligibility;

namespace BeschermdThuis.Matching.Solver.Explanations;

public enum ReasonKind
{
    /// <summary>The client got <see cref="Reason.UnitId"/>; Rank is the area-wish rank (null: not a wished area).</summary>
    Matched = 1,

    /// <summary>The pair was pinned (accepted or pending) and kept as it was.</summary>
    Pinned = 2,

    /// <summary>A higher-ranked area wish had no eligible unit; Rule is the rule that excluded most units there.</summary>
    NoEligibleUnitInWishedArea = 3,

    /// <summary>An eligible unit in a higher-ranked area went to OtherClient, DaysDifference days further past readiness.</summary>
    WishedUnitWentToOther = 4,

    /// <summary>An eligible unit in a higher-ranked area stayed free: a neighbourhood limit or a higher goal forbade it.</summary>
    WishedUnitNotUsed = 5,

    /// <summary>The chosen unit's type is not the first-ranked type wish (Rank is its rank).</summary>
    DwellingTypeWishNotFirst = 6,

    /// <summary>No unit passes every rule for this client.</summary>
    NoEligibleUnit = 7,

    /// <summary>Count units failed Rule.</summary>
    RuleExcludedUnits = 8,

    /// <summary>UnitId failed only Rule, with Detail.</summary>
    ClosestMiss = 9,

    /// <summary>Count units were eligible, but each went to another client or could not be used.</summary>
    EligibleUnitsWentToOthers = 10,

    /// <summary>Eligible UnitId went to OtherClient, DaysDifference days further past readiness.</summary>
    UnitWentToOther = 11,

    /// <summary>Eligible UnitId stayed free because of Detail (a neighbourhood limit or a higher goal).</summary>
    UnitNotUsed = 12,
}

/// <summary>One structured reason; the fields used depend on <see cref="Kind"/>.</summary>
public sealed record Reason(
    ReasonKind Kind,
    string? UnitId = null,
    RuleId? Rule = null,
    ClientReference? OtherClient = null,
    int? Rank = null,
    string? Area = null,
    int? Count = null,
    int? DaysDifference = null,
    string? Detail = null)
{
    public string? RuleCode => Rule?.Code();
}

/// <summary>Why a client got what they got (or nothing).</summary>
public sealed record ClientExplanation(ClientReference Client, string? UnitId, IReadOnlyList<Reason> Reasons)
{
    public string Render(Language language) => string.Join("\n", Reasons.Select(r => ExplanationText.Render(r, language)));
}

public enum Language
{
    Dutch = 1,
    English = 2,
}
