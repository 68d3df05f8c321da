using SkiaSharp;

namespace BeschermdThuis.Matching.Simulation.Reports.Tests;

/// <summary>What a test needs to know of a PNG: that it is one, its size, and whether anything is drawn on it.</summary>
internal sealed record PngCheck(int Width, int Height, int DistinctColours, double NonBackgroundShare)
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static PngCheck Read(byte[] png)
    {
        Assert.True(png.AsSpan().StartsWith(Signature), "the file does not start with the PNG signature");
        using var codec = SKCodec.Create(new MemoryStream(png));
        Assert.NotNull(codec);
        Assert.Equal(SKEncodedImageFormat.Png, codec.EncodedFormat);
        using var bitmap = SKBitmap.Decode(png);
        var pixels = bitmap.Pixels;
        // The background is the most common colour (white for these charts); anything else is drawn.
        var counts = pixels.GroupBy(p => p).Select(g => g.Count()).OrderDescending().ToList();
        return new PngCheck(bitmap.Width, bitmap.Height, counts.Count, 1.0 - (double)counts[0] / pixels.Length);
    }

    public static PngCheck Read(string path)
    {
        Assert.True(File.Exists(path), $"{path} was not written");
        return Read(File.ReadAllBytes(path));
    }
}
