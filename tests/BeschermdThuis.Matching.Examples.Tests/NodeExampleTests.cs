namespace BeschermdThuis.Matching.Examples.Tests;

/// <summary>examples/node: @grpc/grpc-js with the protos loaded by @grpc/proto-loader, against the real server.</summary>
public sealed class NodeExampleTests(ExampleServerFixture server) : IClassFixture<ExampleServerFixture>
{
    [Fact]
    public async Task Imports_units_and_clients_matches_and_prints_the_pairs()
    {
        var node = await ExampleTools.NodeAsync();

        // The tokens from the arguments, the server from the environment: both ways a user passes them.
        var outcome = await ExampleProcess.RunAsync(
            node,
            [
                "examples/node/match-example.js", "--prefix", "js-test",
                "--corporation-token", server.TokenFor(ExampleServerFixture.Corporation),
                "--desk-token", server.TokenFor(ExampleServerFixture.Desk),
            ],
            new Dictionary<string, string> { ["BT_SERVER"] = server.Server });

        await ExampleRunAssert.PrintedThePairsOfItsMatchAsync(server, outcome, "js-test");
    }

    [Fact]
    public async Task Prints_every_field_violation_of_a_refused_batch_and_fails()
    {
        var node = await ExampleTools.NodeAsync();

        var outcome = await ExampleProcess.RunAsync(
            node,
            ["examples/node/match-example.js", "--server", server.Server, "--prefix", "Js_Bad"],
            new Dictionary<string, string>
            {
                ["BT_CORPORATION_TOKEN"] = server.TokenFor(ExampleServerFixture.Corporation),
                ["BT_DESK_TOKEN"] = server.TokenFor(ExampleServerFixture.Desk),
            });

        await ExampleRunAssert.ReportedTheRefusedBatchAsync(server, outcome, "Js_Bad");
    }
}
