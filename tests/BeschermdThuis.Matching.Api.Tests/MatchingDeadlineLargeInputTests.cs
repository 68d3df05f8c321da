using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using BeschermdThuis.Matching.DemoRegion.Population;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using static BeschermdThuis.Matching.Api.Tests.Infrastructure.SeedData;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>
/// Issue 10's deadline reproduction with the largest input the domain accepts per client (600 clients with 10 support
/// anchors and 20 avoided areas each, 1,500 units). On 2 cores loading takes about 0.8 s, the index 0.4 s, the solver's
/// own work up to the flow repair 2.5 s whatever its limit, explaining and storing 1 s; the proof would take about
/// 6 s. The deadline leaves time for the flow repair even on a loaded machine (at 10 s it did not while the whole suite
/// ran on 2 cores), so the answer must be a match (feasible, or optimal when the proof fits), not DEADLINE_EXCEEDED; the
/// assertion is the status, not a duration. The class runs alone, so other tests do not eat its deadline.
/// </summary>
[Collection(nameof(MatchingDeadlineLargeInputTests))]
public sealed class MatchingDeadlineLargeInputTests(LargeRecoveryServerFixture server) : IClassFixture<LargeRecoveryServerFixture>
{
    [Fact]
    public async Task RunMatch_ShortDeadline_LargeClients_ReturnsAMatch()
    {
        var ct = TestContext.Current.CancellationToken;
        var started = DateTime.UtcNow;

        var (_, result) = await MatchRequests.RunAsync(server.As(Board).Matching, MatchRequests.Demo(TimeSpan.FromMinutes(10)), started.AddSeconds(LargeRecoveryServerFixture.DeadlineSeconds), ct);

        var took = $"answered after {(DateTime.UtcNow - started).TotalSeconds:0.00} s, solved for {result.WallTime.ToTimeSpan().TotalSeconds:0.00} s";
        Assert.True(result.Status is V1.MatchStatus.Feasible or V1.MatchStatus.Optimal, $"status {result.Status}; {took}");
        Assert.True(result.PairCount > 0, took);
        TestContext.Current.SendDiagnosticMessage(took);
    }
}

[CollectionDefinition(nameof(MatchingDeadlineLargeInputTests), DisableParallelization = true)]
public sealed class MatchingDeadlineLargeInputCollection;

/// <summary>The large demo population with every client at the domain's maximum of support anchors and avoided areas.</summary>
public sealed class LargeRecoveryServerFixture : DemoServerFixture
{
    public const double DeadlineSeconds = 20;

    protected override int PopulationSeed => DemoPopulation.DefaultSeed;

    protected override DemoPopulationSize Size => new(1_500, 600);

    protected override async Task SeedAsync(Storage.MatchingDatabase store)
    {
        await base.SeedAsync(store);
        var codes = SeedData.Region.Neighbourhoods.Select(n => n.Code).ToList();
        foreach (var client in Population.Clients)
        {
            var wished = client.Wishes.Areas.Select(a => a.Area.Code).ToHashSet(StringComparer.Ordinal);
            var avoid = codes.AsEnumerable().Reverse().Where(c => !wished.Contains(c.Value)).Take(DomainRanges.MaxAvoidAreas).Select(AreaRef.Of).ToList();
            var anchors = codes.Take(DomainRanges.MaxSupportAnchors)
                .Select(c => new SupportAnchor(SupportAnchorKind.Family, PointIn(c), DomainRanges.MaxAnchorDistanceMetres))
                .ToList();
            var recovery = new RecoveryConstraints(avoid, client.Recovery.AvoidOrigin, client.Recovery.MaxPeersInNeighbourhood, anchors);
            var changed = new Client(client.Reference, client.ResponsibleMunicipality, client.HouseholdSize, client.IncomeBand, client.ReadinessDate,
                client.Wishes, client.Needs, recovery, client.Consent, client.CareTeamId, client.Status);
            Assert.True(await store.Clients.UpdateClientAsync(changed, CancellationToken.None));
        }
    }
}
