using System.Threading.Channels;
using BeschermdThuis.Matching.Api.Auth;
using BeschermdThuis.Matching.Api.Mapping;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Application.Matching;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Solver.Results;
using Grpc.Core;

namespace BeschermdThuis.Matching.Api.Grpc;

/// <summary>
/// Thin adapter over <see cref="MatchingApplicationService"/>. RunMatch streams the solver's improving solutions
/// while it solves and ends with the stored run. The call's deadline and cancellation go to the solver: it stops with
/// the best match so far, which is stored and, while the stream is still writable, sent.
/// </summary>
public sealed class MatchingGrpcService(MatchingApplicationService matching, IProposalRepository proposals, ILogger<MatchingGrpcService> logger)
    : V1.MatchingService.MatchingServiceBase
{
    private const int ProgressBuffer = 64;

    public override async Task RunMatch(V1.RunMatchRequest request, IServerStreamWriter<V1.RunMatchResponse> responseStream, ServerCallContext context)
    {
        var party = context.GetParty();
        var regionId = ResourceNames.ParseRegion(request.Parent, "parent");
        var deadline = context.Deadline == DateTime.MaxValue ? (DateTime?)null : context.Deadline.ToUniversalTime();
        // The solver reports on its own threads; one reader writes to the stream, and a slow reader loses old reports, never new ones.
        var progress = Channel.CreateBounded<MatchProgress>(new BoundedChannelOptions(ProgressBuffer)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        var pump = Task.Run(async () =>
        {
            await foreach (var report in progress.Reader.ReadAllAsync(CancellationToken.None))
            {
                await TryWriteAsync(responseStream, new V1.RunMatchResponse { Progress = MatchingMapping.ToProto(report) }, context);
            }
        }, CancellationToken.None);
        MatchRunView view;
        try
        {
            view = await matching.RunMatchAsync(party, regionId, () => MatchingMapping.ToRequest(regionId, request), deadline,
                report => progress.Writer.TryWrite(report), context.CancellationToken);
        }
        finally
        {
            progress.Writer.TryComplete();
            await pump;
        }
        await TryWriteAsync(responseStream, new V1.RunMatchResponse { Result = MatchingMapping.ToProto(view) }, context);
    }

    public override async Task<V1.MatchRun> GetMatchRun(V1.GetMatchRunRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var (regionId, runId) = ResourceNames.ParseMatchRun(request.Name, "name");
        return MatchingMapping.ToProto(await matching.GetMatchRunAsync(party, regionId, runId, context.CancellationToken));
    }

    public override async Task<V1.ListMatchRunsResponse> ListMatchRuns(V1.ListMatchRunsRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var regionId = ResourceNames.ParseRegion(request.Parent, "parent");
        var page = PageTokens.Request(request.PageSize, request.PageToken, request.Parent);
        var found = await matching.ListMatchRunsAsync(party, regionId, page, context.CancellationToken);
        var response = new V1.ListMatchRunsResponse { NextPageToken = PageTokens.Next(found, request.Parent) };
        response.MatchRuns.AddRange(found.Items.Select(MatchingMapping.Summary));
        return response;
    }

    public override async Task<V1.MatchRunChanges> CompareMatchRuns(V1.CompareMatchRunsRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var (regionId, runId) = ResourceNames.ParseMatchRun(request.Name, "name");
        string? previousRunId = null;
        if (request.Previous.Length > 0)
        {
            var (previousRegion, previousRun) = ResourceNames.ParseMatchRun(request.Previous, "previous");
            previousRunId = previousRegion == regionId
                ? previousRun
                : throw new DomainValidationException("previous", $"must be a run of {ResourceNames.Region(regionId)}, like name");
        }
        var changes = await matching.CompareWithPreviousAsync(party, regionId, runId, proposals, context.CancellationToken, previousRunId);
        return MatchingMapping.ToProto(regionId, changes);
    }

    public override async Task<V1.ClientExplanation> ExplainClient(V1.ExplainClientRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var (regionId, runId) = ResourceNames.ParseMatchRun(request.Name, "name");
        var (municipality, client) = ResourceNames.ParseClient(request.Client, "client");
        var (_, explanation, audience) = await matching.ExplainClientAsync(party, regionId, runId, municipality, client, context.CancellationToken);
        return MatchingMapping.ToProto(request.Name, explanation, audience);
    }

    public override async Task<V1.WhyNotResponse> WhyNot(V1.WhyNotRequest request, ServerCallContext context)
    {
        var party = context.GetParty();
        var (regionId, runId) = ResourceNames.ParseMatchRun(request.Name, "name");
        var (municipality, client) = ResourceNames.ParseClient(request.Client, "client");
        var (corporationId, unitId) = ResourceNames.ParseUnit(request.Unit, "unit");
        var deadline = context.Deadline == DateTime.MaxValue ? (DateTime?)null : context.Deadline.ToUniversalTime();
        var result = await matching.WhyNotAsync(party, regionId, runId, municipality, client, corporationId, unitId, deadline, context.CancellationToken);
        return WhyNotMapping.ToProto(result);
    }

    /// <summary>Writes unless the call is over; a stream closed by the caller or the deadline is not an error of the match.</summary>
    private async Task TryWriteAsync(IServerStreamWriter<V1.RunMatchResponse> stream, V1.RunMatchResponse message, ServerCallContext context)
    {
        if (context.CancellationToken.IsCancellationRequested)
        {
            return;
        }
        try
        {
            await stream.WriteAsync(message, context.CancellationToken);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or OperationCanceledException)
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("{Method}: the stream closed before a message could be sent ({Message})", context.Method, e.Message);
            }
        }
    }
}
