namespace BeschermdThuis.Matching.Cli.Tests;

/// <summary>A fresh directory under the system temp folder, removed with everything in it on dispose.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    public TemporaryDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "beschermdthuis-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        // The pools of this directory's databases only: clearing every pool disposed connections of tests running in parallel.
        foreach (var file in Directory.GetFiles(Path, "*.db*").Where(f => f.EndsWith(".db", StringComparison.Ordinal) || f.EndsWith(".previous", StringComparison.Ordinal)))
        {
            Storage.Dialects.SqliteDialect.Instance.ReleaseConnections(Cli.Commands.DatabaseOption.SqliteFile(file).ConnectionString);
        }
        Directory.Delete(Path, recursive: true);
    }
}
