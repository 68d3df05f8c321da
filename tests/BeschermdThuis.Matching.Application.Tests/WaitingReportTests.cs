using BeschermdThuis.Matching.Application.Matching;
using BeschermdThuis.Matching.Application.Proposals;
using BeschermdThuis.Matching.Application.Tests.Support;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Proposals;
using Microsoft.Extensions.Time.Testing;

namespace BeschermdThuis.Matching.Application.Tests;

/// <summary>
/// Issue 11 item 12 (principle 3): the clients past their readiness date without an accepted proposal, with the days
/// waiting, their open proposal and the reason from the latest match run, oldest readiness first. Each test on its own
/// fresh database.
/// </summary>
public sealed class WaitingReportTests
{
    /// <summary>A month after the demo's reference date, so a good share of the demo clients is past readiness.</summary>
    private static readonly DateOnly AsOf = DemoWorld.ReferenceDate.AddDays(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ClientsPastReadinessWithoutProposal_AreListedOldestFirst_WithTheirDaysAndTheLatestRunsReason()
    {
        await using var world = await OpenAsync();
        await world.Matching().RunMatchAsync(MatchCaller.LocalOperator, DemoWorld.MatchRequest(), null, null, Ct);
        var latest = await world.Matching().RunMatchAsync(MatchCaller.LocalOperator, DemoWorld.MatchRequest(), null, null, Ct);

        var report = await Report(world).ListAsync(MatchRunAudience.Full, DemoWorld.RegionId, AsOf, Ct);

        var expected = world.Population.Clients.Where(c => c.ReadinessDate < AsOf).ToList();
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < world.Population.Clients.Count, "some clients are not ready yet");
        Assert.Equal(expected.Select(c => c.Reference.Value).Order(StringComparer.Ordinal), report.Clients.Select(l => l.Client.Value).Order(StringComparer.Ordinal));
        Assert.Equal(latest.Run.Summary.Id, report.LatestRun!.Id);
        Assert.Equal(AsOf, report.AsOf);
        Assert.Equal(report.Clients.OrderByDescending(l => l.DaysPastReadiness).Select(l => l.Client), report.Clients.Select(l => l.Client));
        foreach (var line in report.Clients)
        {
            var client = expected.Single(c => c.Reference == line.Client);
            Assert.Equal(AsOf.DayNumber - client.ReadinessDate.DayNumber, line.DaysPastReadiness);
            Assert.True(line.DaysPastReadiness > 0);
            Assert.Null(line.ProposalState);
            var explanation = latest.ExplanationOf(line.Name)!;
            Assert.Equal(explanation.TextEn, report.Reason(line, dutch: false));
            Assert.Equal(explanation.TextNl, report.Reason(line, dutch: true));
        }
    }

    [Fact]
    public async Task AcceptedProposal_TakesTheClientOff_WhileAnOpenOneIsShown_AndAClientNewerThanTheRunIsSaidSo()
    {
        await using var world = await OpenAsync();
        var run = await world.Matching().RunMatchAsync(MatchCaller.LocalOperator, DemoWorld.MatchRequest(), null, null, Ct);
        var ready = run.Run.Result.Pairs
            .Where(p => world.Population.Clients.Single(c => ResourceNames.Client(c.ResponsibleMunicipality, c.Reference) == p.Client).ReadinessDate < AsOf)
            .Take(2).ToList();
        Assert.Equal(2, ready.Count);
        var proposals = world.Proposals();
        var accepted = await DraftAndProposeAsync(proposals, run.Run.Summary.Id, ready[0]);
        var corporation = new Party(PartyKind.HousingCorporation, accepted.Proposal.CorporationId);
        var desk = new Party(PartyKind.MunicipalDesk, accepted.Proposal.Municipality.Value);
        await proposals.ActAsync(corporation, DemoWorld.RegionId, accepted.Proposal.Id, ProposalAction.Accept, null, Ct);
        await proposals.ActAsync(desk, DemoWorld.RegionId, accepted.Proposal.Id, ProposalAction.Offer, null, Ct);
        await proposals.ActAsync(desk, DemoWorld.RegionId, accepted.Proposal.Id, ProposalAction.Accept, null, Ct);
        var pending = await DraftAndProposeAsync(proposals, run.Run.Summary.Id, ready[1]);
        var source = world.Population.Clients.First(c => c.ReadinessDate < AsOf);
        var late = new Client(new ClientReference("c-registered-late"), source.ResponsibleMunicipality, source.HouseholdSize, source.IncomeBand,
            AsOf.AddDays(-3), source.Wishes, source.Needs, source.Recovery, source.Consent, source.CareTeamId, ClientStatus.Waiting);
        await world.Database.Clients.CreateClientAsync(late, Ct);

        var report = await Report(world).ListAsync(MatchRunAudience.Full, DemoWorld.RegionId, AsOf, Ct);

        Assert.DoesNotContain(report.Clients, l => l.Name == ready[0].Client);
        var open = Assert.Single(report.Clients, l => l.Name == ready[1].Client);
        Assert.Equal(ProposalState.ProposedToCorporation, open.ProposalState);
        Assert.Equal(pending.Proposal.Id, open.ProposalId);
        var newer = Assert.Single(report.Clients, l => l.Client == late.Reference);
        Assert.Equal(3, newer.DaysPastReadiness);
        Assert.Null(newer.Explanation);
        Assert.Equal($"Not included in the latest match run ({run.Run.Summary.Id}, {run.Run.Summary.CreatedAt:yyyy-MM-dd}).", report.Reason(newer, dutch: false));
    }

    [Fact]
    public async Task Desk_SeesOnlyItsMunicipalitysClients_AndACorporationNone()
    {
        await using var world = await OpenAsync();
        await world.Matching().RunMatchAsync(MatchCaller.LocalOperator, DemoWorld.MatchRequest(), null, null, Ct);
        var nijmegen = new MunicipalityCode("GM0268");

        var all = await Report(world).ListAsync(MatchRunAudience.Full, DemoWorld.RegionId, AsOf, Ct);
        var desk = await Report(world).ListAsync(new Party(PartyKind.MunicipalDesk, nijmegen.Value), DemoWorld.RegionId, AsOf, Ct);

        Assert.NotEmpty(desk.Clients);
        Assert.True(desk.Clients.Count < all.Clients.Count, "other municipalities have waiting clients too");
        Assert.All(desk.Clients, l => Assert.Equal(nijmegen, l.Municipality));
        Assert.Equal(all.Clients.Where(l => l.Municipality == nijmegen).Select(l => (l.Name, l.DaysPastReadiness)), desk.Clients.Select(l => (l.Name, l.DaysPastReadiness)));
        var corporation = new Party(PartyKind.HousingCorporation, world.Population.Corporations[0].Id);
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Report(world).ListAsync(corporation, DemoWorld.RegionId, AsOf, Ct));
        var board = new Party(PartyKind.RegionalBoard, DemoWorld.RegionId);
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Report(world).ListAsync(board, DemoWorld.RegionId, AsOf, Ct));
    }

    [Fact]
    public async Task ProposalPastItsDeadline_CountsAsExpired_BeforeAnyoneWritesIt()
    {
        await using var world = await OpenAsync();
        var run = await world.Matching().RunMatchAsync(MatchCaller.LocalOperator, DemoWorld.MatchRequest(), null, null, Ct);
        var pair = run.Run.Result.Pairs
            .First(p => world.Population.Clients.Single(c => ResourceNames.Client(c.ResponsibleMunicipality, c.Reference) == p.Client).ReadinessDate < AsOf);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero));
        var proposed = await DraftAndProposeAsync(world.Proposals(clock), run.Run.Summary.Id, pair);

        var before = await Report(world, clock).ListAsync(MatchRunAudience.Full, DemoWorld.RegionId, AsOf, Ct);
        clock.Advance(DemoWorld.ProposalPolicy().CorporationResponseTime + TimeSpan.FromMinutes(1));
        var after = await Report(world, clock).ListAsync(MatchRunAudience.Full, DemoWorld.RegionId, AsOf, Ct);

        Assert.Equal(ProposalState.ProposedToCorporation, before.Clients.Single(l => l.Name == pair.Client).ProposalState);
        var line = after.Clients.Single(l => l.Name == pair.Client);
        Assert.Null(line.ProposalState);
        Assert.Null(line.ProposalId);
        Assert.Equal(ProposalState.ProposedToCorporation, (await world.Database.Proposals.GetProposalAsync(DemoWorld.RegionId, proposed.Proposal.Id, Ct))!.Value.State);
    }

    private static WaitingReport Report(DemoWorld world, TimeProvider? time = null) =>
        new(world.Catalog, world.Database.Clients, world.Database.Proposals, world.Database.MatchRuns, time ?? TimeProvider.System);

    private static async Task<ProposalView> DraftAndProposeAsync(ProposalApplicationService proposals, string runId, PairDocument pair)
    {
        var (municipality, client) = ResourceNames.ParseClient(pair.Client, "pair");
        var desk = new Party(PartyKind.MunicipalDesk, municipality.Value);
        var draft = await proposals.CreateProposalAsync(desk, DemoWorld.RegionId, runId, municipality, client, Ct);
        return await proposals.ActAsync(desk, DemoWorld.RegionId, draft.Proposal.Id, ProposalAction.Propose, null, Ct);
    }

    private static async Task<DemoWorld> OpenAsync()
    {
        var world = new DemoWorld();
        await world.InitializeAsync();
        return world;
    }
}
