using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Domain.Stock;
using Google.Type;
using Grpc.Core;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>
/// Declines with their configured reasons and free text (stored as given, the client's words shown to the desk only),
/// and signing only with support in place (principle 6), through gRPC on a real server and SQLite file.
/// </summary>
public sealed class ProposalDecisionTests(ProposalServerFixture server) : IClassFixture<ProposalServerFixture>
{
    private readonly ProposalSteps _steps = new(server);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Decline_WithAReasonCodeTheSideDoesNotHave_IsInvalidArgumentOnReasonCode_AndChangesNothing()
    {
        var pair = (await server.PairsAsync())[0];
        var proposal = await _steps.DriveAsync(pair, ProposalState.ProposedToCorporation);

        foreach (var code in new[] { "no-such-reason", "location" })
        {
            var e = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => Decline(pair.Corporation, proposal, code, "text"));
            Assert.Equal(["reason_code"], RpcAssert.ViolatedFields(e));
            Assert.Contains("unit-unavailable", e.Status.Detail, StringComparison.Ordinal);
        }
        var bad = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => Decline(pair.Corporation, proposal, "", "bad\u0007text"));
        Assert.Equal(["reason_code", "reason_text"], RpcAssert.ViolatedFields(bad));

        Assert.Equal(proposal, await _steps.GetAsync(pair.Desk, proposal));
        await _steps.EndAsync(pair, proposal);
    }

    [Fact]
    public async Task ClientsDecline_TextIsStoredAndShownToTheDesk_HiddenFromTheCorporation_WhoSeesTheReason()
    {
        var pair = (await server.PairsAsync())[0];
        var offered = await _steps.DriveAsync(pair, ProposalState.OfferedToClient);
        const string Words = "Te ver van mijn zus; ik wil in Lent blijven.";

        var declined = await Decline(pair.Desk, offered, "location", Words);
        var byDesk = await _steps.GetAsync(pair.Desk, offered);
        var byCorporation = await _steps.GetAsync(pair.Corporation, offered);
        var listed = await _steps.As(pair.Corporation).ListProposalsAsync(
            new V1.ListProposalsRequest { Parent = $"regions/{SeedData.RegionId}", Unit = pair.Unit, State = V1.ProposalState.DeclinedByClient }, cancellationToken: Ct);

        Assert.Equal(V1.ProposalState.DeclinedByClient, declined.State);
        Assert.Equal((V1.DeclineSide.Client, "location", "Location", Words), (byDesk.Decision.Side, byDesk.Decision.ReasonCode, byDesk.Decision.ReasonLabel, byDesk.Decision.ReasonText));
        Assert.Equal((V1.DeclineSide.Client, "location", "Location", ""), (byCorporation.Decision.Side, byCorporation.Decision.ReasonCode, byCorporation.Decision.ReasonLabel, byCorporation.Decision.ReasonText));
        Assert.Equal(byCorporation, listed.Proposals.Single(p => p.Name == offered.Name));
        Assert.DoesNotContain(Words, byCorporation.ToString(), StringComparison.Ordinal);
        var stored = await server.Store.Proposals.GetProposalAsync(SeedData.RegionId, offered.Name.Split('/')[^1], Ct);
        Assert.Equal((DeclineSide.Client, "location", Words), (stored!.Value.Decision!.Side, stored.Value.Decision.Reason.Code, stored.Value.Decision.Text));
        var line = (await _steps.AuditAsync(offered))[^1];
        Assert.Equal(("location", "DeclinedByClient"), (line.Reason, line.NewState));
        Assert.DoesNotContain(Words, line.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorporationsDecline_TextIsShownToBothParties()
    {
        var pair = (await server.PairsAsync())[0];
        var proposed = await _steps.DriveAsync(pair, ProposalState.ProposedToCorporation);
        const string Words = "De woning wordt gerenoveerd tot maart.";

        await Decline(pair.Corporation, proposed, "unit-unavailable", Words);

        foreach (var party in new[] { pair.Desk, pair.Corporation })
        {
            var seen = await _steps.GetAsync(party, proposed);
            Assert.Equal((V1.DeclineSide.Corporation, "unit-unavailable", "Unit no longer available", Words),
                (seen.Decision.Side, seen.Decision.ReasonCode, seen.Decision.ReasonLabel, seen.Decision.ReasonText));
        }
    }

    [Fact]
    public async Task Sign_NeedsConfirmedSupport_FromATeamCoveringTheUnit_StartingByTheMoveDate()
    {
        var pair = await server.TakePairAsync(p => p.Neighbourhood.Municipality != SeedData.Beuningen);
        var accepted = await _steps.DriveAsync(pair, ProposalState.AcceptedByClient, confirmSupport: false);

        var noSupport = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => Sign(pair, accepted, ProposalSteps.MoveDate));
        Assert.Contains("no support is confirmed", noSupport.Status.Detail, StringComparison.Ordinal);
        var notCovering = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition,
            () => _steps.ConfirmSupportAsync(pair, accepted, ProposalServerFixture.TeamBeuningenOnly, ProposalSteps.SupportStartsOn));
        Assert.Contains("does not cover", notCovering.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(accepted, await _steps.GetAsync(pair.Desk, accepted));
        var supported = await _steps.ConfirmSupportAsync(pair, accepted, ProposalServerFixture.TeamEverywhere, new Date { Year = 2026, Month = 12, Day = 1 });
        var tooEarly = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => Sign(pair, supported, new Date { Year = 2026, Month = 11, Day = 30 }));
        Assert.Contains("comes before support", tooEarly.Status.Detail, StringComparison.Ordinal);

        var signed = await Sign(pair, supported, new Date { Year = 2026, Month = 12, Day = 1 });

        Assert.Equal(V1.ProposalState.TenancySigned, signed.State);
        Assert.Equal(new Date { Year = 2026, Month = 12, Day = 1 }, signed.MoveDate);
        // The desk sees which team supports; the corporation only whether support is arranged, and only with consent.
        var seenByDesk = await _steps.GetAsync(pair.Desk, signed);
        Assert.Equal((ProposalServerFixture.CareTeamName(ProposalServerFixture.TeamEverywhere), new Date { Year = 2026, Month = 12, Day = 1 }),
            (seenByDesk.Support.CareTeam, seenByDesk.Support.StartsOn));
        var (corporationId, unitId) = (pair.CorporationId, pair.Unit.Split('/')[^1]);
        Assert.Equal(UnitStatus.Let, (await server.Store.Stock.GetUnitAsync(corporationId, unitId, Ct))!.Status);
        var client = pair.Client.Split('/')[^1];
        Assert.Equal(ClientStatus.Housed, (await server.Store.Clients.GetClientAsync(pair.Municipality, new ClientReference(client), Ct))!.Status);
    }

    [Fact]
    public async Task OverrideExclusion_OfADeclinedPair_IsStoredWithItsJustificationAndAudited_OnlyByTheClientsDesk()
    {
        var pair = (await server.PairsAsync())[0];
        var proposed = await _steps.DriveAsync(pair, ProposalState.ProposedToCorporation);
        server.Clock.Advance(TimeSpan.FromMinutes(1)); // after any override an earlier case made
        await Decline(pair.Corporation, proposed, "neighbourhood-concerns", "Te veel nieuwe plaatsingen in de straat.");
        const string Why = "Na overleg met de wijkagent is de zorg weggenomen; de corporatie wil opnieuw kijken.";
        var request = new V1.OverrideExclusionRequest { Parent = $"regions/{SeedData.RegionId}", Client = pair.Client, Unit = pair.Unit, Justification = Why };

        foreach (var party in new[] { pair.Corporation, ProposalServerFixture.OtherDesk(pair), SeedData.Board })
        {
            await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => _steps.As(party).OverrideExclusionAsync(request, cancellationToken: Ct).ResponseAsync);
        }
        var blank = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => _steps.As(pair.Desk).OverrideExclusionAsync(
            new V1.OverrideExclusionRequest(request) { Justification = " " }, cancellationToken: Ct).ResponseAsync);
        Assert.Equal(["justification"], RpcAssert.ViolatedFields(blank));
        var created = await _steps.As(pair.Desk).OverrideExclusionAsync(request, cancellationToken: Ct);
        var again = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => _steps.As(pair.Desk).OverrideExclusionAsync(request, cancellationToken: Ct).ResponseAsync);

        Assert.Equal((pair.Client, pair.Unit, Why, pair.Desk.ToString()), (created.Client, created.Unit, created.Justification, created.DecidedBy));
        Assert.Contains("not excluded", again.Status.Detail, StringComparison.Ordinal);
        Assert.Contains((await server.Store.Proposals.ListPairOverridesAsync(SeedData.RegionId, Ct)), o => o.Justification == Why);
        var lines = (await server.Store.AuditTrail.ListAuditEntriesAsync(SeedData.RegionId,
            new Domain.Audit.AuditQuery(CorporationId: pair.CorporationId, UnitId: pair.Unit.Split('/')[^1]), Domain.Repositories.PageRequest.First(500), Ct)).Items;
        // Other cases of the class let this shared pair back in before they draft it; this case's line is the last one.
        var line = lines.Last(l => l.Action == "OverrideExclusion");
        Assert.Equal(created.CreateTime.ToDateTimeOffset(), line.At);
        Assert.Equal(pair.Desk.ToString(), line.Actor);
        Assert.DoesNotContain(Why, line.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfirmSupport_IsTheDesksAlone()
    {
        var pair = (await server.PairsAsync())[0];
        var proposed = await _steps.DriveAsync(pair, ProposalState.ProposedToCorporation, confirmSupport: false);

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied,
            () => _steps.ConfirmSupportAsync(pair, proposed, ProposalServerFixture.TeamEverywhere, ProposalSteps.SupportStartsOn, pair.Corporation));
        foreach (var stranger in new[] { ProposalServerFixture.OtherDesk(pair), server.OtherCorporation(pair), SeedData.Board, SeedData.Administrator })
        {
            await RpcAssert.FailsAsync(StatusCode.NotFound,
                () => _steps.ConfirmSupportAsync(pair, proposed, ProposalServerFixture.TeamEverywhere, ProposalSteps.SupportStartsOn, stranger));
        }

        Assert.Equal(proposed, await _steps.GetAsync(pair.Desk, proposed));
        await _steps.EndAsync(pair, proposed);
    }

    private Task<V1.Proposal> Decline(Domain.Parties.Party party, V1.Proposal proposal, string code, string text) =>
        _steps.As(party).DeclineProposalAsync(new V1.DeclineProposalRequest
        {
            Name = proposal.Name, ReasonCode = code, ReasonText = text, Etag = proposal.Etag,
        }, cancellationToken: Ct).ResponseAsync;

    private Task<V1.Proposal> Sign(MatchedPair pair, V1.Proposal proposal, Date moveDate) =>
        _steps.As(pair.Corporation).SignProposalAsync(new V1.SignProposalRequest
        {
            Name = proposal.Name, MoveDate = moveDate, Etag = proposal.Etag,
        }, cancellationToken: Ct).ResponseAsync;
}
