using BeschermdThuis.Matching.Domain.Repositories;

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
public sealed record MatchRunView(StoredMatchRun Run, MatchRunAudience Audience);
