using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using BeschermdThuis.Matching.Domain.Proposals;
using Google.Rpc;
using Grpc.Core;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>The batch deletes refuse, naming the item, a unit or client of an open proposal (even a draft), as the single deletes do.</summary>
public sealed class BatchDeleteProposalTests(ProposalServerFixture server) : IClassFixture<ProposalServerFixture>
{
    private readonly ProposalSteps _steps = new(server);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BatchDeletes_UnitAndClientOfAnOpenProposal_AreRefusedByIndex_AndNothingIsDeleted()
    {
        var pair = await server.TakePairAsync();
        await _steps.DriveAsync(pair, ProposalState.ProposedToCorporation);
        var freeUnit = await server.As(pair.Corporation).Stock.CreateUnitAsync(
            new V1.CreateUnitRequest { Parent = $"corporations/{pair.CorporationId}", UnitId = "batch-delete-free", Unit = Messages.Unit() }, cancellationToken: Ct);
        var client = Messages.Client();
        client.CareTeam = "";
        var freeClient = await server.As(pair.Desk).Client.CreateClientAsync(
            new V1.CreateClientRequest { Parent = $"municipalities/{pair.Municipality}", ClientId = "batch-delete-free", Client = client }, cancellationToken: Ct);

        var units = new V1.BatchDeleteUnitsRequest { Parent = $"corporations/{pair.CorporationId}", Names = { freeUnit.Name, pair.Unit } };
        var unitError = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition,
            () => server.As(pair.Corporation).Stock.BatchDeleteUnitsAsync(units, cancellationToken: Ct).ResponseAsync);
        var clients = new V1.BatchDeleteClientsRequest { Parent = $"municipalities/{pair.Municipality}", Names = { freeClient.Name, pair.Client } };
        var clientError = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition,
            () => server.As(pair.Desk).Client.BatchDeleteClientsAsync(clients, cancellationToken: Ct).ResponseAsync);

        foreach (var e in new[] { unitError, clientError })
        {
            var failure = e.GetRpcStatus()!.GetDetail<PreconditionFailure>();
            Assert.Equal(["names[1]"], failure.Violations.Select(v => v.Subject));
            Assert.Contains("ProposedToCorporation", failure.Violations[0].Description, StringComparison.Ordinal);
        }
        await server.As(pair.Corporation).Stock.GetUnitAsync(new V1.GetUnitRequest { Name = freeUnit.Name }, cancellationToken: Ct);
        await server.As(pair.Desk).Client.GetClientAsync(new V1.GetClientRequest { Name = freeClient.Name }, cancellationToken: Ct);
    }
}
