using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Solver.Results;

namespace BeschermdThuis.Matching.Application.Matching;

/// <summary>A match run with its documents read back (or just made and stored).</summary>
public sealed record StoredMatchRun(
    MatchRunSummary Summary,
    MatchOptionsDocument Options,
    MatchResultDocument Result,
    MatchExplanationsDocument Explanations)
{
    public static StoredMatchRun From(MatchRunRecord record) => new(
        record.Summary,
        MatchDocumentJson.Read<MatchOptionsDocument>(record.OptionsJson, record.Summary.DocumentVersion, "options"),
        MatchDocumentJson.Read<MatchResultDocument>(record.ResultJson, record.Summary.DocumentVersion, "result"),
        MatchDocumentJson.Read<MatchExplanationsDocument>(record.ExplanationsJson, record.Summary.DocumentVersion, "explanations"));

    public MatchRunRecord ToRecord() => new(
        Summary, MatchDocumentJson.Write(Options), MatchDocumentJson.Write(Result), MatchDocumentJson.Write(Explanations));
}

/// <summary>A stored run and how much of it the caller may see.</summary>
public sealed record MatchRunView(StoredMatchRun Run, MatchRunAudience Audience)
{
    /// <summary>The pairs of the clients this audience may see.</summary>
    public IEnumerable<PairDocument> VisiblePairs => Run.Result.Pairs.Where(p => Audience.SeesClientOf(p.Municipality));

    /// <summary>The unmatched clients this audience may see.</summary>
    public IEnumerable<UnmatchedDocument> VisibleUnmatched => Run.Result.Unmatched.Where(u => Audience.SeesClientOf(u.Municipality));

    /// <summary>The conflicts this audience may see: a pin names a client and a unit, so only the full view shows those.</summary>
    public IEnumerable<ConflictDocument> VisibleConflicts => Run.Result.Conflicts
        .Where(c => Audience.Visibility == MatchRunVisibility.Full || c.Kind is not (ConflictKind.Pin or ConflictKind.PinIneligible));

    /// <summary>The stored explanation of a client (by resource name), if the run has one and this audience may see it.</summary>
    public ExplanationDocument? ExplanationOf(string client) =>
        Run.Explanations.Clients.FirstOrDefault(e => string.Equals(e.Client, client, StringComparison.Ordinal) && Audience.SeesClientOf(e.Municipality));
}
