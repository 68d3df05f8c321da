using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace BeschermdThuis.Matching.Storage.Migrations;

/// <summary>The migration scripts embedded in this assembly: Migrations/&lt;Dialect&gt;/NNNN_name.sql.</summary>
public static partial class MigrationScripts
{
    [GeneratedRegex(@"\.Migrations\.(?<folder>[A-Za-z]+)\.(?<version>[0-9]{4})_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex ResourceName();

    public static IReadOnlyList<MigrationScript> For(StorageProvider provider)
    {
        var folder = provider.ToString();
        var assembly = typeof(MigrationScripts).Assembly;
        var scripts = new List<MigrationScript>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = ResourceName().Match(resource);
            if (!match.Success || match.Groups["folder"].Value != folder)
            {
                continue;
            }
            scripts.Add(new MigrationScript(
                int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture),
                match.Groups["name"].Value,
                Read(assembly, resource)));
        }
        scripts.Sort((a, b) => a.Version.CompareTo(b.Version));
        if (scripts.Select(s => s.Version).Distinct().Count() != scripts.Count)
        {
            throw new InvalidOperationException($"Two {folder} migration scripts share a version number");
        }
        return scripts;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Migration script {resource} cannot be read");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
