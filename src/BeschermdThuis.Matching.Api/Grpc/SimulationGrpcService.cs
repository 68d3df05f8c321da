using System.Threading.Channels;
using BeschermdThuis.Matching.Api.Auth;
using BeschermdThuis.Matching.Api.Mapping;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Application.Simulations;
using BeschermdThuis.Matching.Simulation.Runs;
using Grpc.Core;

namespace BeschermdThuis.Matching.Api.Grpc;

/// <summary>
/// Thin adapter over <see cref="SimulationApplicationService"/>. StartSimulation streams a progress event per finished
/// replication and ends with the stored simulation's name; the call's cancellation stops the run before its next
/// replication, and nothing is stored.
/// </summary>
public sealed class SimulationGrpcService(SimulationApplicationService simulations) : V1.SimulationService.SimulationServiceBase
{
    private const int ProgressBuffer = 64;

    public override async Task StartSimulation(V1.StartSimulationRequest request, IServerStreamWriter<V1.SimulationEvent> responseStream, ServerCallContext context)
    {
        var party = context.GetParty();
        var regionId = ResourceNames.ParseRegion(request.Parent, "parent");
        var body = new SimulationRequest([.. request.ScenarioJson], request.Replications, request.HasSeed ? request.Seed : null);
        // Replications report from the workers' threads; one reader writes to the stream, a slow reader loses old reports.
        var progress = Channel.CreateBounded<SimulationProgress>(new BoundedChannelOptions(ProgressBuffer)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        var pump = Task.Run(async () =>
        {
            await foreach (var report in progress.Reader.ReadAllAsync(CancellationToken.None))
            {
                await responseStream.WriteAsync(SimulationMapping.ToProto(report), context.CancellationToken);
            }
        }, CancellationToken.None);
        StoredSimulation stored;
        try
        {
            stored = await simulations.StartAsync(party, regionId, body, new Reporter(progress.Writer), context.CancellationToken);
        }
        finally
        {
            progress.Writer.TryComplete();
            await pump;
        }
        await responseStream.WriteAsync(new V1.SimulationEvent { Simulation = stored.Name }, context.CancellationToken);
    }

    public override async Task<V1.Simulation> GetSimulation(V1.GetSimulationRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var (regionId, simulationId) = ResourceNames.ParseSimulation(request.Name, "name");
        return SimulationMapping.ToProto(await simulations.GetAsync(party, regionId, simulationId, context.CancellationToken));
    }

    public override async Task<V1.ListSimulationsResponse> ListSimulations(V1.ListSimulationsRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var regionId = ResourceNames.ParseRegion(request.Parent, "parent");
        var page = PageTokens.Request(request.PageSize, request.PageToken, request.Parent);
        var found = await simulations.ListAsync(party, regionId, page, context.CancellationToken);
        var response = new V1.ListSimulationsResponse { NextPageToken = PageTokens.Next(found, request.Parent) };
        response.Simulations.AddRange(found.Items.Select(SimulationMapping.ToProto));
        return response;
    }

    // Progress<T> would post to a captured context; the workers write straight into the channel instead.
    private sealed class Reporter(ChannelWriter<SimulationProgress> writer) : IProgress<SimulationProgress>
    {
        public void Report(SimulationProgress value) => writer.TryWrite(value);
    }
}
