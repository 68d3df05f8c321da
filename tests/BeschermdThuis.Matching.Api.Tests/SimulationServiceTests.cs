using System.Text.Json.Nodes;
using BeschermdThuis.Matching.Api.Mapping;
using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Application.Simulations;
using BeschermdThuis.Matching.Domain.Affordability;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Simulation;
using BeschermdThuis.Matching.Simulation.Runs;
using BeschermdThuis.Matching.Simulation.Scenarios;
using Google.Protobuf;
using Grpc.Core;
using static BeschermdThuis.Matching.Api.Tests.Infrastructure.SeedData;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>Quota simulations over the seeded region through the in-process server: tiny scenarios (3 periods, 2 replications).</summary>
public sealed class SimulationServiceTests(ApiServerFixture server) : IClassFixture<ApiServerFixture>
{
    private const int Seed = 7;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartSimulation_Board_StreamsProgressThenTheName_AndGetGivesWhatTheRunnerGives()
    {
        var scenarios = new[] { Tiny("tiny-base", 2), Tiny("tiny-more", 4) };

        var (progress, name) = await StartAsync(server.As(Board), scenarios, Seed);
        var stored = await server.As(Board).Simulation.GetSimulationAsync(new V1.GetSimulationRequest { Name = name }, cancellationToken: Ct);

        Assert.Equal(4, progress.Count);
        Assert.All(progress, p => Assert.Equal(4, p.Total));
        Assert.Equal(4, progress.Max(p => p.Completed));
        Assert.Matches("^regions/regio-nijmegen/simulations/sim-[0-9]{8}-[0-9]{9}-[0-9a-f]{8}$", name);
        Assert.Equal("regional_board:regio-nijmegen", stored.RequestedBy);
        Assert.Equal(["tiny-base", "tiny-more"], stored.Options.Scenarios);
        Assert.Equal((2, 7L, "tiny-base"), (stored.Options.Replications, stored.Options.Seed, stored.Options.Baseline));
        var expected = SimulationMapping.ToProto(new StoredSimulation(RegionId, "x", DateTimeOffset.UnixEpoch, Board,
            new SimulationOptionsDocument([], 2, Seed, "tiny-base"),
            SimulationResultDocument.Of(await ScenarioRunner.RunAsync(scenarios, await StoredRegionAsync(), new SimulationOptions(2, Seed), null, Ct))));
        Assert.NotEmpty(stored.Scenarios[0].Measures);
        Assert.Equal(expected.Scenarios, stored.Scenarios);
        Assert.Equal(expected.Comparison, stored.Comparison);
    }

    [Fact]
    public async Task ListSimulations_PagesNewestFirst_WithoutResults()
    {
        var board = server.As(Board);
        var first = (await StartAsync(board, [Tiny("list-1", 2)], 1)).Name;
        var second = (await StartAsync(server.As(Administrator), [Tiny("list-2", 2)], 2)).Name;

        var page1 = await board.Simulation.ListSimulationsAsync(new V1.ListSimulationsRequest { Parent = $"regions/{RegionId}", PageSize = 1 }, cancellationToken: Ct);
        var page2 = await board.Simulation.ListSimulationsAsync(
            new V1.ListSimulationsRequest { Parent = $"regions/{RegionId}", PageSize = 1, PageToken = page1.NextPageToken }, cancellationToken: Ct);

        var names = page1.Simulations.Concat(page2.Simulations).Select(s => s.Name).ToList();
        Assert.True(names.IndexOf(second) < names.IndexOf(first) || !names.Contains(first), string.Join(", ", names));
        Assert.Equal(second, page1.Simulations.Single().Name);
        Assert.NotEmpty(page1.NextPageToken);
        Assert.All(page1.Simulations.Concat(page2.Simulations), s => Assert.Empty(s.Scenarios));
        Assert.Equal(["list-2"], page1.Simulations.Single().Options.Scenarios);
    }

    [Theory]
    [InlineData(PartyKind.MunicipalDesk, "GM0268")]
    [InlineData(PartyKind.HousingCorporation, CorporationA)]
    public async Task DesksAndCorporations_MayNotStartGetOrList(PartyKind kind, string id)
    {
        var caller = server.As(new Party(kind, id));

        var start = await Assert.ThrowsAsync<RpcException>(() => StartAsync(caller, [Tiny("denied", 2)], 1));
        var get = await Assert.ThrowsAsync<RpcException>(() => caller.Simulation.GetSimulationAsync(
            new V1.GetSimulationRequest { Name = $"regions/{RegionId}/simulations/sim-1" }, cancellationToken: Ct).ResponseAsync);
        var list = await Assert.ThrowsAsync<RpcException>(() => caller.Simulation.ListSimulationsAsync(
            new V1.ListSimulationsRequest { Parent = $"regions/{RegionId}" }, cancellationToken: Ct).ResponseAsync);

        Assert.All(new[] { start, get, list }, e => Assert.Equal(StatusCode.PermissionDenied, e.StatusCode));
    }

    [Fact]
    public async Task StartSimulation_BadScenarioValue_IsInvalidArgumentNamingTheField()
    {
        var scenario = JsonNode.Parse(ScenarioFile.Serialize(Tiny("bad", 2)))!;
        scenario["periods"] = 0;
        var json = scenario.ToJsonString();
        var request = new V1.StartSimulationRequest { Parent = $"regions/{RegionId}", Replications = 2 };
        request.ScenarioJson.Add(json);

        var error = await Assert.ThrowsAsync<RpcException>(() => DrainAsync(server.As(Board), request));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("scenario_json[0].periods", RpcAssert.ViolatedFields(error));
    }

    [Fact]
    public async Task StartSimulation_OverTheCap_IsInvalidArgumentOnReplications()
    {
        var request = new V1.StartSimulationRequest { Parent = $"regions/{RegionId}", Replications = SimulationLimits.DefaultMaxReplications };
        request.ScenarioJson.Add(ScenarioFile.Serialize(Tiny("a", 2)));
        request.ScenarioJson.Add(ScenarioFile.Serialize(Tiny("b", 2)));

        var error = await Assert.ThrowsAsync<RpcException>(() => DrainAsync(server.As(Board), request));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("replications", RpcAssert.ViolatedFields(error));
    }

    [Fact]
    public async Task AStoredSimulation_NamesNoClient()
    {
        var (_, name) = await StartAsync(server.As(Board), [Tiny("privacy", 2)], 3);

        var stored = await server.As(Board).Simulation.GetSimulationAsync(new V1.GetSimulationRequest { Name = name }, cancellationToken: Ct);
        var text = JsonFormatter.Default.Format(stored) + stored.ToByteString().ToStringUtf8();

        Assert.Contains("privacy", text, StringComparison.Ordinal);
        Assert.All(new[] { ClientNijmegen, ClientNijmegenProposed, ClientBeuningen, "/clients/" },
            reference => Assert.DoesNotContain(reference, text, StringComparison.Ordinal));
    }

    /// <summary>The shipped current agreements cut to 3 weekly periods and a few clients and units.</summary>
    private static Scenario Tiny(string name, int unitsPerLine) =>
        ScenarioFile.Load(Path.Combine(AppContext.BaseDirectory, "scenarios", "current-agreements.json")) with
        {
            Name = name,
            Periods = 3,
            Arrivals = [new(Nijmegen, 2.0), new(Beuningen, 1.0)],
            Supply = [new(CorporationA, Nijmegen, unitsPerLine * 3), new(CorporationB, Beuningen, unitsPerLine * 3)],
            Agreements = [new("pa-tiny", CorporationA, Nijmegen, unitsPerLine * 3)],
        };

    private async Task<RegionReference> StoredRegionAsync()
    {
        var region = await server.Store.Regions.GetRegionAsync(RegionId, Ct);
        var affordability = AffordabilityPolicyJson.Parse(await File.ReadAllTextAsync(DefaultFiles.Resolve(DefaultFiles.AffordabilityConfig), Ct));
        return new RegionReference(region!.Municipalities, await server.Store.Regions.ListNeighbourhoodsAsync(RegionId, Ct),
            await server.Store.CareTeams.ListCareTeamsAsync(RegionId, Ct), affordability);
    }

    private static async Task<(List<V1.SimulationRunProgress> Progress, string Name)> StartAsync(Clients caller, IEnumerable<Scenario> scenarios, long seed)
    {
        var request = new V1.StartSimulationRequest { Parent = $"regions/{RegionId}", Replications = 2, Seed = seed };
        request.ScenarioJson.AddRange(scenarios.Select(ScenarioFile.Serialize));
        var events = await DrainAsync(caller, request);
        return ([.. events.Where(e => e.EventCase == V1.SimulationEvent.EventOneofCase.Progress).Select(e => e.Progress)], events[^1].Simulation);
    }

    private static async Task<List<V1.SimulationEvent>> DrainAsync(Clients caller, V1.StartSimulationRequest request)
    {
        using var call = caller.Simulation.StartSimulation(request, cancellationToken: Ct);
        var events = new List<V1.SimulationEvent>();
        await foreach (var e in call.ResponseStream.ReadAllAsync(Ct))
        {
            events.Add(e);
        }
        return events;
    }
}
