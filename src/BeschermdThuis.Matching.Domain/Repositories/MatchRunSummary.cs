using System.Text.RegularExpressions;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Parties;

namespace BeschermdThuis.Matching.Domain.Repositories;

/// <summary>
/// What is known about a stored match run without its documents: who asked, for which region and period, on which
/// input (<see cref="InputHash"/>, the hex SHA-256 of the canonical input) with which seed, and how it ended.
/// <see cref="DocumentVersion"/> is the format version of the run's JSON documents, so a reader of an old run knows
/// how to read them after the solver's result types have changed.
/// </summary>
public sealed partial record MatchRunSummary
{
    [GeneratedRegex("^[0-9a-f]{64}\\z")]
    private static partial Regex Sha256Hex();

    [GeneratedRegex("^[a-z][a-z_-]{0,39}\\z")]
    private static partial Regex StatusName();

    public MatchRunSummary(
        string id,
        string regionId,
        DateTimeOffset createdAt,
        Party requestedBy,
        DateRange period,
        string inputHash,
        int seed,
        string status,
        int pairCount,
        int documentVersion)
    {
        ArgumentNullException.ThrowIfNull(requestedBy);
        ArgumentNullException.ThrowIfNull(period);
        new Validator()
            .Require(ResourceId.IsValid(id), "run_id", "must be 1-63 characters: lower-case letters, digits and hyphens")
            .Require(ResourceId.IsValid(regionId), "region", "must be a valid region id")
            .Require(Enum.IsDefined(requestedBy.Kind) && !string.IsNullOrWhiteSpace(requestedBy.Id), "requested_by", "must be a known party")
            .Require(inputHash is not null && Sha256Hex().IsMatch(inputHash), "input_hash", "must be a SHA-256 in 64 lower-case hex digits")
            .Require(seed >= 0, "seed", "must not be negative")
            .Require(status is not null && StatusName().IsMatch(status), "status", "must be a lower-case status name such as 'optimal'")
            .Require(pairCount >= 0, "pair_count", "must not be negative")
            .Require(documentVersion >= 1, "document_version", "must be 1 or more")
            .ThrowIfInvalid();
        Id = id;
        RegionId = regionId;
        // Kept in UTC, as stored, so a run read back equals the run written, offset included.
        CreatedAt = createdAt.ToUniversalTime();
        RequestedBy = requestedBy;
        Period = period;
        InputHash = inputHash!;
        Seed = seed;
        Status = status!;
        PairCount = pairCount;
        DocumentVersion = documentVersion;
    }

    public string Id { get; }

    public string RegionId { get; }

    public DateTimeOffset CreatedAt { get; }

    public Party RequestedBy { get; }

    public DateRange Period { get; }

    public string InputHash { get; }

    public int Seed { get; }

    public string Status { get; }

    public int PairCount { get; }

    public int DocumentVersion { get; }
}
