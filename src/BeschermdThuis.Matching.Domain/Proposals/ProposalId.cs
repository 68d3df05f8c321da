using System.Globalization;

namespace BeschermdThuis.Matching.Domain.Proposals;

/// <summary>Ids for proposals that sort by creation time: <c>prop-yyyyMMdd-HHmmssfff-xxxxxxxx</c> (UTC, then 8 hex digits).</summary>
public static class ProposalId
{
    public static string New(DateTimeOffset createdAt) =>
        "prop-"
        + createdAt.UtcDateTime.ToString("yyyyMMdd-HHmmssfff", CultureInfo.InvariantCulture)
        + "-"
        + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..8];
}
