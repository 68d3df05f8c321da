using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using static BeschermdThuis.Matching.Api.Tests.Infrastructure.SeedData;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>The region, its neighbourhoods, care teams and agreements through the API.</summary>
public sealed class RegionServiceTests(ApiServerFixture server) : IClassFixture<ApiServerFixture>
{
    private const string Parent = $"regions/{RegionId}";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetRegion_ShowsTheRealMunicipalities()
    {
        var region = await server.As(CorporationAParty).Region.GetRegionAsync(new V1.GetRegionRequest { Name = Parent }, cancellationToken: Ct);

        Assert.Equal(["GM0209", "GM0252", "GM0268", "GM0296", "GM0944", "GM1945"], region.Municipalities.Select(m => m.Code));
        Assert.Equal(187_011, region.Municipalities.Single(m => m.Code == "GM0268").Inhabitants);
        Assert.False(region.Municipalities.Single(m => m.Code == "GM0944").HasInhabitants);
    }

    [Fact]
    public async Task ListNeighbourhoods_PagesThroughAllOfThemInCodeOrder()
    {
        var codes = new List<string>();
        var token = string.Empty;
        do
        {
            var page = await server.As(NijmegenDesk).Region.ListNeighbourhoodsAsync(
                new V1.ListNeighbourhoodsRequest { Parent = Parent, PageSize = 100, PageToken = token }, cancellationToken: Ct);
            codes.AddRange(page.Neighbourhoods.Select(n => n.Code));
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        Assert.Equal(Region.Neighbourhoods.Select(n => n.Code.Value), codes);
    }

    [Fact]
    public async Task GetNeighbourhood_ShowsBoundaryAndEffectiveLimits()
    {
        var neighbourhood = await server.As(Board).Region.GetNeighbourhoodAsync(
            new V1.GetNeighbourhoodRequest { Name = $"{Parent}/neighbourhoods/{Stadscentrum}" }, cancellationToken: Ct);

        Assert.StartsWith("POLYGON", neighbourhood.BoundaryWkt, StringComparison.Ordinal);
        Assert.Equal("WK026801", neighbourhood.District);
        Assert.Null(neighbourhood.LimitsOverride);
        Assert.Equal(Region.Region.DefaultLimits.NewPlacementsPerPeriod, neighbourhood.EffectiveLimits.NewPlacementsPerPeriod);
    }

    [Fact]
    public async Task CareTeam_CreateUpdateDelete()
    {
        var admin = server.As(Administrator).Region;
        var team = Messages.CareTeam();
        team.ServiceArea.AreaWkt = "POLYGON ((5.8 51.8, 5.9 51.8, 5.9 51.9, 5.8 51.9, 5.8 51.8))";

        var created = await admin.CreateCareTeamAsync(new V1.CreateCareTeamRequest { Parent = Parent, CareTeamId = "team-new", CareTeam = team }, cancellationToken: Ct);
        var updated = await admin.UpdateCareTeamAsync(new V1.UpdateCareTeamRequest
        {
            CareTeam = new V1.CareTeam { Name = created.Name, CurrentCaseload = 29, Provider = "ignored" },
            UpdateMask = new FieldMask { Paths = { "current_caseload" } },
        }, cancellationToken: Ct);

        Assert.Equal(25, created.FreeCaseload);
        Assert.Equal(1, updated.FreeCaseload);
        Assert.Equal("Iriszorg", updated.Provider);
        Assert.StartsWith("POLYGON", updated.ServiceArea.AreaWkt, StringComparison.Ordinal);
        Assert.Equal(29, (await server.Store.CareTeams.GetCareTeamAsync(RegionId, "team-new", Ct))!.CurrentCaseload);

        await admin.DeleteCareTeamAsync(new V1.DeleteCareTeamRequest { Name = created.Name }, cancellationToken: Ct);

        Assert.Null(await server.Store.CareTeams.GetCareTeamAsync(RegionId, "team-new", Ct));
    }

    [Fact]
    public async Task Agreement_CreateUpdateDelete_ByTheBoard()
    {
        var board = server.As(Board).Region;

        var created = await board.CreatePerformanceAgreementAsync(new V1.CreatePerformanceAgreementRequest
        {
            Parent = Parent,
            PerformanceAgreementId = "agr-2027",
            PerformanceAgreement = Messages.Agreement(),
        }, cancellationToken: Ct);
        var updated = await board.UpdatePerformanceAgreementAsync(new V1.UpdatePerformanceAgreementRequest
        {
            PerformanceAgreement = new V1.PerformanceAgreement { Name = created.Name, TargetUnits = 14 },
            UpdateMask = new FieldMask { Paths = { "target_units" } },
        }, cancellationToken: Ct);

        Assert.Equal(V1.PriorityGroup.Any, created.PriorityGroup);
        Assert.Equal(14, updated.TargetUnits);
        Assert.Equal(15, updated.CapUnits);
        Assert.Equal(new Google.Type.Date { Year = 2027, Month = 12, Day = 31 }, updated.EndDate);

        await board.DeletePerformanceAgreementAsync(new V1.DeletePerformanceAgreementRequest { Name = created.Name }, cancellationToken: Ct);

        Assert.Null(await server.Store.Agreements.GetAgreementAsync(RegionId, "agr-2027", Ct));
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => board.GetPerformanceAgreementAsync(
            new V1.GetPerformanceAgreementRequest { Name = created.Name }, cancellationToken: Ct).ResponseAsync);
    }
}
