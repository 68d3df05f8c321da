namespace BeschermdThuis.Matching.Examples.Tests;

/// <summary>
/// The interpreters the examples need. A missing one fails the test with what to install: these tests never skip,
/// so a machine without the tools cannot pass silently.
/// </summary>
internal static class ExampleTools
{
    public const string InstallStep =
        "run the install step of .ci/run (apt-get install protobuf-compiler protobuf-compiler-grpc libprotobuf-dev python3-grpcio python3-protobuf nodejs; npm ci in examples/node)";

    /// <summary>
    /// Debian's python3, the interpreter Debian's python3-grpcio and python3-protobuf are installed for; a python3
    /// earlier on the PATH (pyenv, a virtual environment) does not see them. BT_PYTHON names another interpreter.
    /// </summary>
    public static async Task<string> PythonAsync()
    {
        var python = Environment.GetEnvironmentVariable("BT_PYTHON") is { Length: > 0 } chosen ? chosen
            : File.Exists("/usr/bin/python3") ? "/usr/bin/python3"
            : "python3";
        var check = await TryRunAsync(python, ["-c", "import grpc, google.protobuf"]);
        Assert.True(check is { ExitCode: 0 }, $"{python} cannot import grpc and google.protobuf: {InstallStep}\n{check}");
        return python;
    }

    /// <summary>node on the PATH, with the example's packages installed (npm ci).</summary>
    public static async Task<string> NodeAsync()
    {
        var check = await TryRunAsync("node", ["--version"]);
        Assert.True(check is { ExitCode: 0 }, $"node was not found: {InstallStep}\n{check}");
        var packages = Path.Combine(ExampleProcess.RepositoryRoot, "examples", "node", "node_modules", "@grpc", "grpc-js");
        Assert.True(Directory.Exists(packages), $"{packages} is missing: {InstallStep}");
        return "node";
    }

    private static async Task<ExampleProcess.Outcome?> TryRunAsync(string program, IReadOnlyList<string> arguments)
    {
        try
        {
            return await ExampleProcess.RunAsync(program, arguments, new Dictionary<string, string>());
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // not installed
        }
    }
}
