using System.Reflection;

namespace BeschermdThuis.Matching.DemoRegion.Loading;

/// <summary>Reads the files under <c>Data/regio-nijmegen/</c>, which are embedded in this assembly.</summary>
internal static class EmbeddedData
{
    private const string Folder = "regio-nijmegen/";

    public static string ReadText(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Folder + fileName)
            ?? throw new InvalidOperationException($"embedded demo file {Folder}{fileName} is missing from the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
