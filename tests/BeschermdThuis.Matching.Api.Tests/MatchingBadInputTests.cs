using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using static BeschermdThuis.Matching.Api.Tests.Infrastructure.SeedData;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>Bad match requests: the right status, the wrong field named in google.rpc.BadRequest, and no run stored.</summary>
public sealed class MatchingBadInputTests(ApiServerFixture server) : IClassFixture<ApiServerFixture>
{
    private const string Run = $"regions/{RegionId}/matchRuns/run-20261001-000000000-abcdef01";

    public static TheoryData<string> RunCases => [.. RunRequests.Keys];

    private static readonly Dictionary<string, (string Field, Action<V1.RunMatchRequest> Spoil)> RunRequests = new()
    {
        ["period end before start"] = ("period_end", r => r.PeriodEnd = new Google.Type.Date { Year = 2026, Month = 9, Day = 30 }),
        ["period start missing"] = ("period_start", r => r.PeriodStart = null),
        ["period end 31 November"] = ("period_end", r => r.PeriodEnd = new Google.Type.Date { Year = 2026, Month = 11, Day = 31 }),
        ["negative workers"] = ("options.workers", r => r.Options.Workers = -1),
        ["too many workers"] = ("options.workers", r => r.Options.Workers = 65),
        ["zero time limit"] = ("options.time_limit", r => r.Options.TimeLimit = new Duration()),
        ["negative time limit"] = ("options.time_limit", r => r.Options.TimeLimit = Duration.FromTimeSpan(TimeSpan.FromSeconds(-5))),
        ["time limit of three hours"] = ("options.time_limit", r => r.Options.TimeLimit = Duration.FromTimeSpan(TimeSpan.FromHours(3))),
        ["negative seed"] = ("options.seed", r => r.Options.Seed = -1),
        ["unknown tier"] = ("options.tier_order[1]", r => r.Options.TierOrder.Add([V1.MatchGoal.Housing, (V1.MatchGoal)42])),
        ["unspecified tier"] = ("options.tier_order[0]", r => r.Options.TierOrder.Add(V1.MatchGoal.Unspecified)),
        ["tier named twice"] = ("options.tier_order[1]", r => r.Options.TierOrder.Add([V1.MatchGoal.Wishes, V1.MatchGoal.Wishes])),
        ["rent year not configured"] = ("options.rent_year", r => r.Options.RentYear = 2031),
        ["malformed parent"] = ("parent", r => r.Parent = "region/regio-nijmegen"),
        ["as-of month 13"] = ("options.as_of_date", r => r.Options.AsOfDate = new Google.Type.Date { Year = 2026, Month = 13, Day = 1 }),
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(RunCases))]
    public async Task RunMatch_BadRequest_IsInvalidArgumentOnTheField(string name)
    {
        var (field, spoil) = RunRequests[name];
        var request = MatchRequests.Demo();
        spoil(request);

        var e = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => MatchRequests.RunAsync(server.As(NijmegenDesk).Matching, request, null, Ct));

        Assert.Contains(field, RpcAssert.ViolatedFields(e));
        var runs = await server.Store.MatchRuns.ListMatchRunsAsync(RegionId, Domain.Repositories.PageRequest.First(10), Ct);
        Assert.Empty(runs.Items);
    }

    [Theory]
    [InlineData("regions/regio-nijmegen/matchRun/run-1")]
    [InlineData("regions/regio-nijmegen/matchRuns/")]
    [InlineData("regions/regio-nijmegen/matchRuns/Run_1")]
    [InlineData("")]
    public async Task GetMatchRun_MalformedName_IsInvalidArgumentOnName(string name)
    {
        var e = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () =>
            server.As(NijmegenDesk).Matching.GetMatchRunAsync(new V1.GetMatchRunRequest { Name = name }, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(["name"], RpcAssert.ViolatedFields(e));
    }

    [Fact]
    public async Task GetMatchRun_Unknown_IsNotFound()
    {
        var e = await RpcAssert.FailsAsync(StatusCode.NotFound, () =>
            server.As(NijmegenDesk).Matching.GetMatchRunAsync(new V1.GetMatchRunRequest { Name = Run }, cancellationToken: Ct).ResponseAsync);

        Assert.Contains(Run, e.Status.Detail);
    }

    [Fact]
    public async Task ExplainClient_UnknownRun_IsNotFound()
    {
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => server.As(NijmegenDesk).Matching.ExplainClientAsync(
            new V1.ExplainClientRequest { Name = Run, Client = $"municipalities/GM0268/clients/{ClientNijmegen}" }, cancellationToken: Ct).ResponseAsync);
    }

    [Fact]
    public async Task WhyNot_MalformedUnit_IsInvalidArgumentOnUnit()
    {
        var e = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => server.As(NijmegenDesk).Matching.WhyNotAsync(new V1.WhyNotRequest
        {
            Name = Run,
            Client = $"municipalities/GM0268/clients/{ClientNijmegen}",
            Unit = "units/a-1",
        }, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(["unit"], RpcAssert.ViolatedFields(e));
    }

    [Fact]
    public async Task RunMatch_UnknownRegion_IsNotFound()
    {
        var request = MatchRequests.Demo();
        request.Parent = "regions/elders";

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => MatchRequests.RunAsync(server.As(NijmegenDesk).Matching, request, null, Ct));
    }
}
