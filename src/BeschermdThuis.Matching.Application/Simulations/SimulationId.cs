using System.Globalization;

namespace BeschermdThuis.Matching.Application.Simulations;

/// <summary>Ids that sort by creation time, like match runs': <c>sim-yyyyMMdd-HHmmssfff-xxxxxxxx</c> (UTC), so lists by id run newest first.</summary>
public static class SimulationId
{
    public static string New(DateTimeOffset createdAt) =>
        "sim-"
        + createdAt.UtcDateTime.ToString("yyyyMMdd-HHmmssfff", CultureInfo.InvariantCulture)
        + "-"
        + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..8];
}
