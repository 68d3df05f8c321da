using BeschermdThuis.Matching.Api.V1;

namespace BeschermdThuis.Matching.Examples.Tests;

/// <summary>What every example must have done, checked through the API itself.</summary>
internal static class ExampleRunAssert
{
    /// <summary>
    /// The example ended well, imported its units and clients, and printed exactly the pairs of the run it made as the
    /// desk sees them; every client it registered got one of its units (the database held no other population).
    /// </summary>
    public static async Task PrintedThePairsOfItsMatchAsync(ExampleServerFixture server, ExampleProcess.Outcome outcome, string prefix)
    {
        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var runName = outcome.MatchRun;
        Assert.True(runName is not null, $"no 'match run' line\n{outcome}");
        var cancellation = TestContext.Current.CancellationToken;

        var stock = new StockService.StockServiceClient(server.As(ExampleServerFixture.Corporation));
        var units = await stock.ListUnitsAsync(new ListUnitsRequest { Parent = $"corporations/{ExampleServerFixture.CorporationId}" }, cancellationToken: cancellation);
        var clientService = new ClientService.ClientServiceClient(server.As(ExampleServerFixture.Desk));
        var clients = await clientService.ListClientsAsync(new ListClientsRequest { Parent = $"municipalities/{ExampleServerFixture.Municipality}" }, cancellationToken: cancellation);
        Assert.NotEmpty(units.Units);
        Assert.NotEmpty(clients.Clients);
        Assert.All(units.Units, unit => Assert.StartsWith($"corporations/{ExampleServerFixture.CorporationId}/units/{prefix}-", unit.Name));
        Assert.All(clients.Clients, client => Assert.StartsWith($"municipalities/{ExampleServerFixture.Municipality}/clients/{prefix}-", client.Name));

        var matching = new MatchingService.MatchingServiceClient(server.As(ExampleServerFixture.Desk));
        var run = await matching.GetMatchRunAsync(new GetMatchRunRequest { Name = runName }, cancellationToken: cancellation);
        var stored = run.Pairs.Select(pair => (pair.Client, pair.Unit)).Order().ToList();
        Assert.Equal(stored, outcome.Pairs.Order().ToList());
        Assert.True(
            clients.Clients.Select(c => c.Name).Order().SequenceEqual(stored.Select(pair => pair.Client)),
            $"not every client the example registered got a home\n{outcome}");
        Assert.All(stored, pair => Assert.Contains(pair.Unit, units.Units.Select(u => u.Name)));
    }

    /// <summary>
    /// The example's ids were refused (an id prefix with capitals and an underscore): the batch of units stored
    /// nothing, and the example printed the status with a field violation for every unit by its index, and failed.
    /// </summary>
    public static async Task ReportedTheRefusedBatchAsync(ExampleServerFixture server, ExampleProcess.Outcome outcome, string prefix)
    {
        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.StartsWith("INVALID_ARGUMENT", outcome.StandardError.TrimStart());
        for (var index = 0; index < 4; index++)
        {
            Assert.Contains($"requests[{index}].unit_id", outcome.StandardError);
        }
        var stock = new StockService.StockServiceClient(server.As(ExampleServerFixture.Corporation));
        var units = await stock.ListUnitsAsync(
            new ListUnitsRequest { Parent = $"corporations/{ExampleServerFixture.CorporationId}" }, cancellationToken: TestContext.Current.CancellationToken);
        Assert.DoesNotContain(units.Units, unit => unit.Name.Contains(prefix, StringComparison.Ordinal));
    }
}
