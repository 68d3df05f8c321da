using System.Diagnostics;

namespace BeschermdThuis.Matching.Cli.Tests;

/// <summary>Runs the built command line (beschermdthuis.dll, copied next to the tests) as a separate process.</summary>
internal static class CliProcess
{
    public sealed record Outcome(int ExitCode, string StandardOutput, string StandardError);

    public static async Task<Outcome> RunAsync(string workingDirectory, params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "beschermdthuis.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        // A wide console so Spectre's table is not wrapped; no colour codes in captured output.
        start.Environment["COLUMNS"] = "160";
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the CLI");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Outcome(process.ExitCode, await output, await error);
    }
}
