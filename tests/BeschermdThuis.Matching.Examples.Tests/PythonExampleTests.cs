namespace BeschermdThuis.Matching.Examples.Tests;

/// <summary>examples/python: messages generated with protoc, grpcio, against the real server.</summary>
public sealed class PythonExampleTests(ExampleServerFixture server) : IClassFixture<ExampleServerFixture>
{
    [Fact]
    public async Task Generates_its_messages_imports_units_and_clients_matches_and_prints_the_pairs()
    {
        var python = await PythonWithGeneratedMessagesAsync();

        // The server from the arguments, the tokens from the environment: both ways a user passes them.
        var outcome = await ExampleProcess.RunAsync(
            python,
            ["examples/python/match_example.py", "--server", server.Server, "--prefix", "py-test"],
            new Dictionary<string, string>
            {
                ["BT_CORPORATION_TOKEN"] = server.TokenFor(ExampleServerFixture.Corporation),
                ["BT_DESK_TOKEN"] = server.TokenFor(ExampleServerFixture.Desk),
            });

        await ExampleRunAssert.PrintedThePairsOfItsMatchAsync(server, outcome, "py-test");
    }

    [Fact]
    public async Task Prints_every_field_violation_of_a_refused_batch_and_fails()
    {
        var python = await PythonWithGeneratedMessagesAsync();

        var outcome = await ExampleProcess.RunAsync(
            python,
            [
                "examples/python/match_example.py", "--server", server.Server, "--prefix", "Py_Bad",
                "--corporation-token", server.TokenFor(ExampleServerFixture.Corporation),
                "--desk-token", server.TokenFor(ExampleServerFixture.Desk),
            ],
            new Dictionary<string, string>());

        await ExampleRunAssert.ReportedTheRefusedBatchAsync(server, outcome, "Py_Bad");
    }

    /// <summary>Debian's python3, once generate.sh has run protoc as the README says.</summary>
    private static async Task<string> PythonWithGeneratedMessagesAsync()
    {
        var python = await ExampleTools.PythonAsync();
        var generate = await ExampleProcess.RunAsync("sh", ["examples/python/generate.sh"], new Dictionary<string, string>());
        Assert.True(generate.ExitCode == 0, $"{ExampleTools.InstallStep}\n{generate}");
        return python;
    }
}
