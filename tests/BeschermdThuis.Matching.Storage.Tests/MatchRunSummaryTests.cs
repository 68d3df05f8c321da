using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Storage.Tests;

public sealed class MatchRunSummaryTests
{
    private static readonly DateRange Quarter = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31));
    private static readonly string Hash = new('a', 64);

    [Fact]
    public void Construction_InvalidFields_ReportsEachOne()
    {
        var error = Assert.Throws<DomainValidationException>(() => new MatchRunSummary(
            "Run 1", "regio-nijmegen", DateTimeOffset.UnixEpoch, new Party(PartyKind.RegionalBoard, "regio-nijmegen"), Quarter,
            "ABC", -1, "Optimal", -2, 0));

        Assert.Equal(["run_id", "input_hash", "seed", "status", "pair_count", "document_version"], error.Violations.Select(v => v.Field));
    }

    [Fact]
    public void Construction_HashOrStatusWithATrailingNewline_IsRefused()
    {
        // .NET's $ matches before a final newline; the patterns end in \z so "…\n" is not read as the value without it.
        var error = Assert.Throws<DomainValidationException>(() => new MatchRunSummary(
            "run-1", "regio-nijmegen", DateTimeOffset.UnixEpoch, new Party(PartyKind.RegionalBoard, "regio-nijmegen"), Quarter,
            Hash + "\n", 0, "optimal\n", 0, 1));

        Assert.Equal(["input_hash", "status"], error.Violations.Select(v => v.Field));
    }

    [Fact]
    public void Construction_KeepsTheMomentInUtc()
    {
        var summary = new MatchRunSummary(
            "run-1", "regio-nijmegen", new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(1)),
            new Party(PartyKind.MunicipalDesk, "GM0268"), Quarter, Hash, 0, "cancelled", 0, 1);

        Assert.Equal(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero), summary.CreatedAt);
        Assert.Equal(TimeSpan.Zero, summary.CreatedAt.Offset);
    }
}
