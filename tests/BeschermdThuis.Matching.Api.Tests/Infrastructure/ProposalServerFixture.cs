using BeschermdThuis.Matching.Application.Matching;
using BeschermdThuis.Matching.Domain.Care;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BeschermdThuis.Matching.Api.Tests.Infrastructure;

/// <summary>A pair of a stored match run, with the two parties that act on its proposals.</summary>
public sealed record MatchedPair(string Client, string Unit, MunicipalityCode Municipality, string CorporationId, NeighbourhoodCode Neighbourhood)
{
    public Party Desk => new(PartyKind.MunicipalDesk, Municipality.Value);

    public Party Corporation => new(PartyKind.HousingCorporation, CorporationId);
}

/// <summary>
/// The demo server on a fake clock (registered before the server's services, so the server and its deadline sweep run
/// on it), with two extra care teams: one covering the whole region, one covering a single municipality. One match run
/// of the board gives the pairs proposals are drafted from.
/// </summary>
public sealed class ProposalServerFixture : DemoServerFixture
{
    public const string TeamEverywhere = "team-everywhere";
    public const string TeamBeuningenOnly = "team-beuningen-only";

    private readonly Lazy<Task<IReadOnlyList<MatchedPair>>> _pairs;
    private readonly HashSet<int> _taken = [];

    public ProposalServerFixture() => _pairs = new(RunMatchAsync);

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero));

    public string RunName { get; private set; } = "";

    public IReadOnlyList<string> Corporations { get; private set; } = [];

    public static IReadOnlyList<MunicipalityCode> Municipalities => [.. SeedData.Region.Region.Municipalities.Select(m => m.Code)];

    public static string CareTeamName(string teamId) => $"regions/{SeedData.RegionId}/careTeams/{teamId}";

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);

    protected override async Task SeedAsync(MatchingDatabase store)
    {
        await base.SeedAsync(store);
        var at = SeedData.PointIn(SeedData.Stadscentrum);
        await store.CareTeams.CreateCareTeamAsync(SeedData.RegionId, new CareTeam(TeamEverywhere, "Overal Zorg", new ServiceArea(Municipalities, null), at, 500, 0));
        await store.CareTeams.CreateCareTeamAsync(SeedData.RegionId, new CareTeam(TeamBeuningenOnly, "Beuningen Zorg", new ServiceArea([SeedData.Beuningen], null), at, 500, 0));
        Corporations = [.. (await store.Stock.ListCorporationsAsync()).Select(c => c.Id)];
    }

    /// <summary>The pairs of the board's match run (run once per fixture).</summary>
    public Task<IReadOnlyList<MatchedPair>> PairsAsync() => _pairs.Value;

    private async Task<IReadOnlyList<MatchedPair>> RunMatchAsync()
    {
        var (_, run) = await MatchRequests.RunAsync(As(SeedData.Board).Matching, MatchRequests.Demo(), null, CancellationToken.None);
        RunName = run.Name;
        var stored = StoredMatchRun.From((await Store.MatchRuns.GetMatchRunAsync(SeedData.RegionId, run.Name.Split('/')[^1]))!);
        return [.. stored.Result.Pairs.Select(p => new MatchedPair(
            p.Client, p.Unit, new MunicipalityCode(p.Municipality), p.Unit.Split('/')[1], new NeighbourhoodCode(p.Neighbourhood)))];
    }

    /// <summary>
    /// A pair for a case that signs the tenancy (which houses the client and lets the unit for good): each call takes
    /// another one, from the last pair backwards; the first pair stays for the cases that end their proposals.
    /// </summary>
    public async Task<MatchedPair> TakePairAsync(Func<MatchedPair, bool>? where = null)
    {
        var pairs = await PairsAsync();
        lock (_taken)
        {
            var index = Enumerable.Range(1, pairs.Count - 1).Reverse()
                .FirstOrDefault(i => !_taken.Contains(i) && (where?.Invoke(pairs[i]) ?? true));
            Assert.True(index > 0, $"the run has {pairs.Count} pairs; {_taken.Count} are taken and no other one fits");
            _taken.Add(index);
            return pairs[index];
        }
    }

    public static Party OtherDesk(MatchedPair pair) => new(PartyKind.MunicipalDesk, Municipalities.First(m => m != pair.Municipality).Value);

    public Party OtherCorporation(MatchedPair pair) => new(PartyKind.HousingCorporation, Corporations.First(c => c != pair.CorporationId));
}
