using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Storage.Mapping;

namespace BeschermdThuis.Matching.Storage.Rows;

/// <summary>A row of <c>match_runs</c>; the document columns stay empty when a list query leaves them out.</summary>
internal sealed class MatchRunRow
{
    public string RegionId { get; set; } = "";

    public string RunId { get; set; } = "";

    public string CreatedAt { get; set; } = "";

    public string RequestedByKind { get; set; } = "";

    public string RequestedById { get; set; } = "";

    public string PeriodStart { get; set; } = "";

    public string PeriodEnd { get; set; } = "";

    public string InputHash { get; set; } = "";

    public int Seed { get; set; }

    public string Status { get; set; } = "";

    public int PairCount { get; set; }

    public int DocumentVersion { get; set; }

    public string OptionsJson { get; set; } = "";

    public string ResultJson { get; set; } = "";

    public string ExplanationsJson { get; set; } = "";

    public static MatchRunRow From(MatchRunRecord run)
    {
        var summary = run.Summary;
        return new()
        {
            RegionId = summary.RegionId,
            RunId = summary.Id,
            CreatedAt = StorageFormats.Instant(summary.CreatedAt),
            // The kind by name, so the stored row reads without the enum at hand.
            RequestedByKind = summary.RequestedBy.Kind.ToString(),
            RequestedById = summary.RequestedBy.Id,
            PeriodStart = StorageFormats.Date(summary.Period.Start),
            PeriodEnd = StorageFormats.Date(summary.Period.End),
            InputHash = summary.InputHash,
            Seed = summary.Seed,
            Status = summary.Status,
            PairCount = summary.PairCount,
            DocumentVersion = summary.DocumentVersion,
            OptionsJson = run.OptionsJson,
            ResultJson = run.ResultJson,
            ExplanationsJson = run.ExplanationsJson,
        };
    }

    public MatchRunSummary ToSummary() =>
        new(RunId, RegionId, StorageFormats.Instant(CreatedAt),
            new Party(Enum.Parse<PartyKind>(RequestedByKind, ignoreCase: false), RequestedById),
            new DateRange(StorageFormats.Date(PeriodStart), StorageFormats.Date(PeriodEnd)),
            InputHash, Seed, Status, PairCount, DocumentVersion);

    public MatchRunRecord ToRecord() => new(ToSummary(), OptionsJson, ResultJson, ExplanationsJson);
}
