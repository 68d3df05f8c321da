namespace BeschermdThuis.Matching.Examples.Tests;

/// <summary>examples/python: messages generated with protoc, grpcio, against the real server.</summary>
public sealed class PythonExampleTests(ExampleServerFixture server) : IClassFixture<ExampleServerFixture>
{
    [Fact]
    public async Task Generates_its_messages_imports_units_and_clients_matches_and_prints_the_pairs()
    {
        var python = await ExampleTools.PythonAsync();
        var generate = await ExampleProcess.RunAsync("sh", ["examples/python/generate.sh"], new Dictionary<string, string>());
        Assert.True(generate.ExitCode == 0, $"{ExampleTools.InstallStep}\n{generate}");

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
}
