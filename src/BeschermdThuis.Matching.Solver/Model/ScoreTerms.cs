namespace BeschermdThuis.Matching.Solver.Model;

/// <summary>
/// What one pair contributes to each goal, with the facts behind the numbers (so an explanation can name them).
/// The spread goal is not per pair (it depends on all placements in a neighbourhood) and is not here.
/// </summary>
public sealed record ScoreTerms(
    long Housing,
    int DaysPastReadiness,
    int? AreaRank,
    int? DwellingTypeRank,
    long Wishes,
    int? SupportDistanceMetres,
    bool CareTeamKept,
    long Recovery,
    long Stability);
