using System.Globalization;

namespace BeschermdThuis.Matching.Domain.Repositories;

/// <summary>
/// Ids for match runs that sort by creation time: <c>run-yyyyMMdd-HHmmssfff-xxxxxxxx</c> (UTC, then 8 hex digits
/// of a unique value so runs created in the same millisecond differ). Lists of runs are ordered by id, so these ids
/// list newest first.
/// </summary>
public static class MatchRunId
{
    public static string New(DateTimeOffset createdAt) => New(createdAt, Guid.NewGuid());

    public static string New(DateTimeOffset createdAt, Guid unique) =>
        "run-"
        + createdAt.UtcDateTime.ToString("yyyyMMdd-HHmmssfff", CultureInfo.InvariantCulture)
        + "-"
        + unique.ToString("N", CultureInfo.InvariantCulture)[..8];
}
