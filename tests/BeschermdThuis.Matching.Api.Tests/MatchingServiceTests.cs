using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Application.Matching;
using BeschermdThuis.Matching.Domain.Affordability;
using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Solver.Eligibility;
using BeschermdThuis.Matching.Solver.Problem;
using Grpc.Core;
using static BeschermdThuis.Matching.Api.Tests.Infrastructure.SeedData;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>Matches on the demo region through the in-process server: streamed, stored, explained, and cut to the caller's role.</summary>
public sealed class MatchingServiceTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunMatch_DemoRegion_StreamsProgressThenAStoredResultThatKeepsTheRules()
    {
        var (progress, result) = await MatchRequests.RunAsync(server.As(Board).Matching, MatchRequests.Demo(), null, Ct);

        Assert.NotEmpty(progress);
        Assert.All(progress, p => Assert.True(p.Objective <= p.BestBound, $"{p.Tier}: objective {p.Objective} above bound {p.BestBound}"));
        Assert.Contains(result.Status, new[] { V1.MatchStatus.Optimal, V1.MatchStatus.Feasible });
        Assert.Equal(5, result.Tiers.Count);
        Assert.All(result.Tiers.Where(t => t.Status == V1.MatchStatus.Optimal), t => Assert.NotEqual(V1.TierMethod.Unspecified, t.Method));
        Assert.Matches("^regions/regio-nijmegen/matchRuns/run-[0-9]{8}-[0-9]{9}-[0-9a-f]{8}$", result.Name);
        Assert.Matches("^[0-9a-f]{64}$", result.InputHash);
        Assert.False(string.IsNullOrEmpty(result.OrToolsVersion));
        Assert.Equal(5, result.Seed);
        Assert.Equal(60, result.UnitCount);
        Assert.Equal(25, result.ClientCount);
        Assert.True(result.PairCount > 0, "the demo region houses someone");
        Assert.Equal(25, result.PairCount + result.UnmatchedCount);

        // Every pair in the stored document (all municipalities): each client and unit once, clients waiting, units available.
        var stored = StoredMatchRun.From((await server.Store.MatchRuns.GetMatchRunAsync(RegionId, result.Name.Split('/')[^1], Ct))!);
        var waiting = (await server.Store.Clients.ListClientsInRegionAsync(RegionId, ClientStatus.Waiting, Ct))
            .Select(c => $"municipalities/{c.ResponsibleMunicipality}/clients/{c.Reference}").ToHashSet();
        var available = (await server.Store.Stock.ListUnitsInRegionAsync(RegionId, UnitStatus.Available, Ct))
            .Select(u => $"corporations/{u.CorporationId}/units/{u.Id}").ToHashSet();
        Assert.Equal(result.PairCount, stored.Result.Pairs.Count);
        Assert.Equal(stored.Result.Pairs.Count, stored.Result.Pairs.Select(p => p.Client).Distinct().Count());
        Assert.Equal(stored.Result.Pairs.Count, stored.Result.Pairs.Select(p => p.Unit).Distinct().Count());
        Assert.All(stored.Result.Pairs, p => Assert.Contains(p.Client, waiting));
        Assert.All(stored.Result.Pairs, p => Assert.Contains(p.Unit, available));
        Assert.Equal(25, stored.Explanations.Clients.Count);
    }

    [Fact]
    public async Task GetMatchRun_AfterRun_ReturnsTheStoredRunUnchanged()
    {
        var desk = await BusiestDeskAsync();
        var (_, result) = await MatchRequests.RunAsync(server.As(desk).Matching, MatchRequests.Demo(), null, Ct);

        var again = await server.As(desk).Matching.GetMatchRunAsync(new V1.GetMatchRunRequest { Name = result.Name }, cancellationToken: Ct);
        var listed = await server.As(Board).Matching.ListMatchRunsAsync(new V1.ListMatchRunsRequest { Parent = MatchRequests.Parent }, cancellationToken: Ct);

        Assert.Equal(result, again);
        var summary = Assert.Single(listed.MatchRuns, r => r.Name == result.Name);
        Assert.Equal(result.InputHash, summary.InputHash);
        Assert.Equal(result.PairCount, summary.PairCount);
        Assert.Empty(summary.Pairs);
    }

    [Fact]
    public async Task RunMatch_AsDesk_ShowsOnlyItsOwnClients_AndTheBoardOnlyCounts()
    {
        var desk = await BusiestDeskAsync();
        var (_, deskView) = await MatchRequests.RunAsync(server.As(desk).Matching, MatchRequests.Demo(), null, Ct);
        var boardView = await server.As(Board).Matching.GetMatchRunAsync(new V1.GetMatchRunRequest { Name = deskView.Name }, cancellationToken: Ct);
        var stored = StoredMatchRun.From((await server.Store.MatchRuns.GetMatchRunAsync(RegionId, deskView.Name.Split('/')[^1], Ct))!);

        var own = $"municipalities/{desk.Id}/";
        Assert.Equal(V1.MatchRunView.Municipality, deskView.View);
        Assert.All(deskView.Pairs, p => Assert.StartsWith(own, p.Client));
        Assert.All(deskView.Unmatched, u => Assert.StartsWith(own, u.Client));
        Assert.Equal(stored.Result.Pairs.Count(p => p.Municipality == desk.Id), deskView.Pairs.Count);
        Assert.Equal(stored.Result.Unmatched.Count(p => p.Municipality == desk.Id), deskView.Unmatched.Count);
        Assert.True(stored.Result.Pairs.Any(p => p.Municipality != desk.Id) || stored.Result.Unmatched.Any(u => u.Municipality != desk.Id),
            "the run holds clients of other municipalities, so the cut is tested");
        Assert.All(deskView.Pairs, p => Assert.StartsWith("corporations/", p.Unit));
        Assert.All(deskView.Pairs, p => Assert.False(string.IsNullOrWhiteSpace(p.ExplanationNl)));

        Assert.Equal(V1.MatchRunView.Aggregates, boardView.View);
        Assert.Empty(boardView.Pairs);
        Assert.Empty(boardView.Unmatched);
        Assert.Equal(deskView.PairCount, boardView.PairCount);
        Assert.Equal(deskView.Tiers, boardView.Tiers);
    }

    [Fact]
    public async Task ExplainClient_OwnClient_GivesReasonsInDutchAndEnglish()
    {
        var desk = await BusiestDeskAsync();
        var (_, result) = await MatchRequests.RunAsync(server.As(desk).Matching, MatchRequests.Demo(), null, Ct);
        var client = result.Pairs.Select(p => p.Client).Concat(result.Unmatched.Select(u => u.Client)).First();

        var explanation = await server.As(desk).Matching.ExplainClientAsync(
            new V1.ExplainClientRequest { Name = result.Name, Client = client }, cancellationToken: Ct);

        Assert.Equal(client, explanation.Client);
        Assert.NotEmpty(explanation.Reasons);
        Assert.False(string.IsNullOrWhiteSpace(explanation.TextNl));
        Assert.False(string.IsNullOrWhiteSpace(explanation.TextEn));
        Assert.NotEqual(explanation.TextNl, explanation.TextEn);
        Assert.Equal(explanation.Reasons.Count, explanation.TextEn.Split('\n').Length);
    }

    [Fact]
    public async Task ExplainClient_OtherMunicipalitysClient_IsDenied()
    {
        var desk = await BusiestDeskAsync();
        var (_, result) = await MatchRequests.RunAsync(server.As(desk).Matching, MatchRequests.Demo(), null, Ct);
        var other = server.Population.Clients.First(c => c.ResponsibleMunicipality.Value != desk.Id);

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => server.As(desk).Matching.ExplainClientAsync(new V1.ExplainClientRequest
        {
            Name = result.Name,
            Client = $"municipalities/{other.ResponsibleMunicipality}/clients/{other.Reference}",
        }, cancellationToken: Ct).ResponseAsync);
    }

    [Fact]
    public async Task WhyNot_IneligiblePair_NamesTheFailingRules()
    {
        var desk = await BusiestDeskAsync();
        var (_, result) = await MatchRequests.RunAsync(server.As(desk).Matching, MatchRequests.Demo(), null, Ct);
        var index = await IndexAsync(result);
        var (client, unit) = FindPair(index, desk, (c, u) => !index.IsEligible(c, u));

        var answer = await server.As(desk).Matching.WhyNotAsync(Request(result, index, client, unit), cancellationToken: Ct);

        Assert.False(answer.Eligible);
        Assert.Equal(index.Evaluate(client, unit).Select(f => f.Code), answer.Failures.Select(f => f.Rule));
        Assert.Empty(answer.TierChanges);
        Assert.Contains(answer.Failures[0].Rule, answer.TextNl);
    }

    [Fact]
    public async Task WhyNot_EligiblePairNotChosen_GivesTheChangePerGoal()
    {
        var desk = await BusiestDeskAsync();
        var (_, result) = await MatchRequests.RunAsync(server.As(desk).Matching, MatchRequests.Demo(), null, Ct);
        var index = await IndexAsync(result);
        var chosen = result.Pairs.ToDictionary(p => p.Client, p => p.Unit);
        var (client, unit) = FindPair(index, desk, (c, u) => index.IsEligible(c, u)
            && chosen.GetValueOrDefault(Name(index.Problem.Clients[c])) != Name(index.Problem.Units[u]));

        var answer = await server.As(desk).Matching.WhyNotAsync(Request(result, index, client, unit), cancellationToken: Ct);

        Assert.True(answer.Eligible);
        Assert.False(answer.AlreadyMatched);
        Assert.Empty(answer.Failures);
        Assert.Contains(answer.ForcedStatus, new[] { V1.MatchStatus.Optimal, V1.MatchStatus.Feasible });
        Assert.Equal(result.Tiers.Select(t => t.Goal), answer.TierChanges.Select(c => c.Goal));
        Assert.All(answer.TierChanges.Where(c => c.HasDelta), c => Assert.Equal(c.After - c.Before, c.Delta));
        // Forcing a pair never improves the first goal: the run had its optimum.
        var housing = answer.TierChanges[0];
        Assert.True(housing.Delta <= 0 || result.Tiers[0].Status != V1.MatchStatus.Optimal, $"housing changed by {housing.Delta}");
        Assert.True(answer.DisplacedCount >= answer.DisplacedClients.Count);
        Assert.All(answer.DisplacedClients, d => Assert.StartsWith($"municipalities/{desk.Id}/", d));
    }

    [Fact]
    public async Task RunMatch_Corporation_IsDeniedAndStoresNothing()
    {
        var before = await server.Store.MatchRuns.ListMatchRunsAsync(RegionId, Domain.Repositories.PageRequest.First(500), Ct);
        var corporation = new Party(PartyKind.HousingCorporation, server.Population.Corporations[0].Id);

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => MatchRequests.RunAsync(server.As(corporation).Matching, MatchRequests.Demo(), null, Ct));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () =>
            server.As(corporation).Matching.ListMatchRunsAsync(new V1.ListMatchRunsRequest { Parent = MatchRequests.Parent }, cancellationToken: Ct).ResponseAsync);

        var after = await server.Store.MatchRuns.ListMatchRunsAsync(RegionId, Domain.Repositories.PageRequest.First(500), Ct);
        Assert.Equal(before.Items.Select(r => r.Id), after.Items.Select(r => r.Id));
    }

    [Fact]
    public async Task RunMatch_RentYear2026_IsAFailedPreconditionThatSaysWhy()
    {
        var request = MatchRequests.Demo();
        request.Options.ClearRentYear();

        var e = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => MatchRequests.RunAsync(server.As(Board).Matching, request, null, Ct));

        Assert.Contains("aftoppingsgrens", e.Status.Detail);
        Assert.Contains("rent_year", e.Status.Detail);
    }

    private async Task<Party> BusiestDeskAsync()
    {
        var waiting = await server.Store.Clients.ListClientsInRegionAsync(RegionId, ClientStatus.Waiting, Ct);
        var code = waiting.CountBy(c => c.ResponsibleMunicipality.Value).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
        return new Party(PartyKind.MunicipalDesk, code);
    }

    /// <summary>The run's input rebuilt from the store, for choosing pairs to ask about (the answers come from the server).</summary>
    private async Task<EligibilityIndex> IndexAsync(V1.MatchRun run)
    {
        var affordability = AffordabilityPolicyJson.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "config", "affordability.json"), Ct));
        var input = new MatchInput(new RegionCatalog(server.Store.Regions, new MatchingOptions(RegionId)),
            server.Store.Stock, server.Store.Clients, server.Store.CareTeams, server.Store.Agreements, server.Store.Proposals,
            ProposalPolicyJson.Load(Path.Combine(AppContext.BaseDirectory, "config", "proposal-policy.json")), affordability);
        var policy = MatchPolicyJson.Load(Path.Combine(AppContext.BaseDirectory, "config", "matching-policy.json"));
        var period = new DateRange(new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31));
        var problem = await input.LoadAsync(RegionId, period, run.Options.RentYear, new DateOnly(2026, 10, 1), new MatchOptions(policy), Ct);
        return new EligibilityIndex(problem);
    }

    private static (int Client, int Unit) FindPair(EligibilityIndex index, Party desk, Func<int, int, bool> wanted)
    {
        for (var c = 0; c < index.ClientCount; c++)
        {
            if (index.Problem.Clients[c].ResponsibleMunicipality.Value != desk.Id)
            {
                continue;
            }
            for (var u = 0; u < index.UnitCount; u++)
            {
                if (wanted(c, u))
                {
                    return (c, u);
                }
            }
        }
        throw new Xunit.Sdk.XunitException("the demo population has no such pair for the desk");
    }

    private static V1.WhyNotRequest Request(V1.MatchRun run, EligibilityIndex index, int client, int unit) => new()
    {
        Name = run.Name,
        Client = Name(index.Problem.Clients[client]),
        Unit = Name(index.Problem.Units[unit]),
    };

    private static string Name(Client client) => $"municipalities/{client.ResponsibleMunicipality}/clients/{client.Reference}";

    private static string Name(HousingUnit unit) => $"corporations/{unit.CorporationId}/units/{unit.Id}";
}
