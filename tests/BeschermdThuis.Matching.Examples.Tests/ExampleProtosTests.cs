using System.Reflection;
using System.Text.RegularExpressions;

namespace BeschermdThuis.Matching.Examples.Tests;

/// <summary>
/// examples/protos holds Google's common protos for the Python and Node examples: exact copies of those the .NET build
/// compiles against (the Google.Api.CommonProtos package), and every one the service's protos need.
/// </summary>
public sealed partial class ExampleProtosTests
{
    private static readonly string Vendored = Path.Combine(ExampleProcess.RepositoryRoot, "examples", "protos");

    [Fact]
    public void Every_copy_is_the_file_of_the_package_the_server_is_built_with()
    {
        var package = typeof(ExampleProtosTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "CommonProtosPackage").Value;
        Assert.False(string.IsNullOrEmpty(package), "the build did not record the Google.Api.CommonProtos folder");
        var copies = Directory.GetFiles(Path.Combine(Vendored, "google"), "*.proto", SearchOption.AllDirectories);
        Assert.NotEmpty(copies);
        foreach (var copy in copies)
        {
            var original = Path.Combine(package, "content", "protos", Path.GetRelativePath(Vendored, copy));
            Assert.True(File.Exists(original), $"{original} does not exist: {copy} is not from the package");
            Assert.True(File.ReadAllBytes(original).SequenceEqual(File.ReadAllBytes(copy)), $"{copy} differs from {original}: copy it again");
        }
    }

    [Fact]
    public void Every_google_import_of_the_service_protos_is_there_or_a_well_known_type()
    {
        var service = Directory.GetFiles(Path.Combine(ExampleProcess.RepositoryRoot, "protos"), "*.proto", SearchOption.AllDirectories);
        var vendored = Directory.GetFiles(Vendored, "*.proto", SearchOption.AllDirectories);
        var imports = service.Concat(vendored)
            .SelectMany(file => ImportLine().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Where(import => import.StartsWith("google/", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        Assert.Contains("google/api/field_behavior.proto", imports);
        Assert.All(
            imports.Where(import => !import.StartsWith("google/protobuf/", StringComparison.Ordinal)),
            import => Assert.True(File.Exists(Path.Combine(Vendored, import)), $"{import} is imported but not in examples/protos"));
    }

    [GeneratedRegex("""^import\s+(?:public\s+)?"([^"]+)";""", RegexOptions.Multiline)]
    private static partial Regex ImportLine();
}
