using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using BeschermdThuis.Matching.Domain.Proposals;
using Grpc.Core;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>Issue 11, item 9 over gRPC: the audit trail per proposal, client and unit, for whoever may see the subject.</summary>
public sealed class AuditListingGrpcTests(ProposalServerFixture server) : IClassFixture<ProposalServerFixture>
{
    private readonly ProposalSteps _steps = new(server);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListAuditEntries_PerSubject_OnlyForThoseWhoMaySeeIt()
    {
        var pair = (await server.PairsAsync())[0];
        var proposed = await _steps.DriveAsync(pair, ProposalState.ProposedToCorporation);
        V1.ListAuditEntriesRequest For(string subject) => new() { Parent = $"regions/{SeedData.RegionId}", Subject = subject, PageSize = 100 };

        var byProposal = await _steps.As(pair.Desk).ListAuditEntriesAsync(For(proposed.Name), cancellationToken: Ct);
        var byClient = await _steps.As(pair.Desk).ListAuditEntriesAsync(For(pair.Client), cancellationToken: Ct);
        var byUnit = await _steps.As(pair.Corporation).ListAuditEntriesAsync(For(pair.Unit), cancellationToken: Ct);

        var id = proposed.Name.Split('/')[^1];
        Assert.Equal(["Create", "ConfirmSupport", "Propose"], byProposal.Entries.Select(e => e.Action));
        Assert.All(byProposal.Entries, e => Assert.Equal(id, e.SubjectId));
        Assert.Equal(byProposal.Entries, byClient.Entries.Where(e => e.SubjectId == id));
        Assert.Equal(byProposal.Entries, byUnit.Entries.Where(e => e.SubjectId == id));
        Assert.Equal(pair.Desk.ToString(), byProposal.Entries[^1].Actor);
        foreach (var stranger in new[] { ProposalServerFixture.OtherDesk(pair), server.OtherCorporation(pair) })
        {
            await RpcAssert.FailsAsync(StatusCode.NotFound, () => _steps.As(stranger).ListAuditEntriesAsync(For(proposed.Name), cancellationToken: Ct).ResponseAsync);
        }
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => _steps.As(pair.Corporation).ListAuditEntriesAsync(For(pair.Client), cancellationToken: Ct).ResponseAsync);
        var bad = await RpcAssert.FailsAsync(StatusCode.InvalidArgument,
            () => _steps.As(pair.Desk).ListAuditEntriesAsync(For("audit/everything"), cancellationToken: Ct).ResponseAsync);
        Assert.Equal(["subject"], RpcAssert.ViolatedFields(bad));
        await _steps.EndAsync(pair, proposed);
    }
}
