using System.Diagnostics;
using System.Text.RegularExpressions;

namespace BeschermdThuis.Matching.Examples.Tests;

/// <summary>Runs a program of the examples as a user would, from the repository's root, and reads what it printed.</summary>
internal static partial class ExampleProcess
{
    /// <summary>What a program printed and how it ended; the text of a failed assertion.</summary>
    public sealed record Outcome(string Command, int ExitCode, string StandardOutput, string StandardError)
    {
        public override string ToString() =>
            $"{Command} exited with {ExitCode}\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";

        /// <summary>The match run the example printed ("match run NAME: ...").</summary>
        public string? MatchRun => MatchRunLine().Match(StandardOutput) is { Success: true } match ? match.Groups[1].Value : null;

        /// <summary>The pairs the example printed ("pair CLIENT -> UNIT in NEIGHBOURHOOD").</summary>
        public IReadOnlyList<(string Client, string Unit)> Pairs =>
            [.. PairLine().Matches(StandardOutput).Select(m => (m.Groups[1].Value, m.Groups[2].Value))];
    }

    /// <summary>The repository's root: the folder above the test binaries that holds the solution.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static async Task<Outcome> RunAsync(string program, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        // A failure message shows the command without its bearer tokens (JWTs start with "eyJ").
        var command = $"{program} {string.Join(' ', arguments.Select(a => a.StartsWith("eyJ", StringComparison.Ordinal) ? "<token>" : a))}";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {command}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // Not a timing assertion: a hung example must end the test instead of the whole run.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"{command} did not end within 3 minutes\n{await output}\n{await error}");
        }
        return new Outcome(command, process.ExitCode, await output, await error);
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "BeschermdThuis.Matching.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"no BeschermdThuis.Matching.sln above {AppContext.BaseDirectory}");
    }

    [GeneratedRegex(@"^match run (\S+):", RegexOptions.Multiline)]
    private static partial Regex MatchRunLine();

    [GeneratedRegex(@"^pair (\S+) -> (\S+) in \S+$", RegexOptions.Multiline)]
    private static partial Regex PairLine();
}
