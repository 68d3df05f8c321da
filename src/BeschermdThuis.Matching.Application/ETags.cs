using System.Globalization;

namespace BeschermdThuis.Matching.Application;

/// <summary>
/// The etag of a stored resource (AIP-154): a weak validator over its row version, <c>W/"&lt;version&gt;"</c>.
/// Clients must treat it as opaque: compare it, send it back, never build or parse it.
/// </summary>
public static class ETags
{
    public static string Of(long version) => $"W/\"{version.ToString(CultureInfo.InvariantCulture)}\"";
}
