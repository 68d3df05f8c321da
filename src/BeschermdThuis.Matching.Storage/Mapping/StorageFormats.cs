using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace BeschermdThuis.Matching.Storage.Mapping;

/// <summary>How values without a common column type are written: all lossless and the same in both dialects.</summary>
internal static class StorageFormats
{
    private const string DateFormat = "yyyy-MM-dd";

    // Fixed width and UTC, so the text sorts by time and keeps every tick.
    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static DateOnly Date(string text) => DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);

    public static string Instant(DateTimeOffset instant) => instant.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset Instant(string text) =>
        DateTimeOffset.ParseExact(text, InstantFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static decimal Decimal(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>Extended WKB (with the SRID), two-dimensional: doubles are kept bit for bit.</summary>
    public static byte[] Wkb(Geometry geometry) => new WKBWriter(ByteOrder.LittleEndian, handleSRID: true, emitZ: false).Write(geometry);

    public static Geometry Geometry(byte[] wkb) => new WKBReader().Read(wkb);
}
