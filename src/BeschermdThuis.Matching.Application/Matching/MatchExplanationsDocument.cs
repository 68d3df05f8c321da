using BeschermdThuis.Matching.Solver.Explanations;

namespace BeschermdThuis.Matching.Application.Matching;

/// <summary>Every client's explanation as made at the time of the run: structured reasons and the rendered text.</summary>
public sealed record MatchExplanationsDocument(IReadOnlyList<ExplanationDocument> Clients);

/// <summary>One client's explanation; <see cref="Unit"/> is null when the client was not matched.</summary>
public sealed record ExplanationDocument(
    string Client,
    string Municipality,
    string? Unit,
    IReadOnlyList<ReasonDocument> Reasons,
    string TextNl,
    string TextEn);

/// <summary>A structured reason; <see cref="OtherMunicipality"/> says who may see <see cref="OtherClient"/>.</summary>
public sealed record ReasonDocument(
    ReasonKind Kind,
    string? Unit = null,
    string? Rule = null,
    string? OtherClient = null,
    string? OtherMunicipality = null,
    int? Rank = null,
    string? Area = null,
    int? Count = null,
    int? DaysDifference = null,
    string? Detail = null);
