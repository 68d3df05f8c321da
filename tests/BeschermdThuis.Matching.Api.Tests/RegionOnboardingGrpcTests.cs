using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using BeschermdThuis.Matching.Domain.Parties;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using static BeschermdThuis.Matching.Api.Tests.Infrastructure.SeedData;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>Issue 12 over gRPC: corporations as resources, the corporation token rule, region settings, inhabitants and overrides.</summary>
public sealed class RegionOnboardingGrpcTests(ApiServerFixture server) : IClassFixture<ApiServerFixture>
{
    private const string Parent = $"regions/{RegionId}";
    private const string Settings = $"regions/{RegionId}/settings";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private V1.RegionService.RegionServiceClient Admin => server.As(Administrator).Region;

    [Fact]
    public async Task Corporation_CreateGetListUpdate_WithEtagsAndFieldMask()
    {
        var created = await Admin.CreateHousingCorporationAsync(new V1.CreateHousingCorporationRequest
        {
            Parent = Parent, CorporationId = "gamma-wonen", Corporation = Corporation("Gamma Wonen", "GM0268", "GM0209"),
        }, cancellationToken: Ct);
        var listed = await server.As(NijmegenDesk).Region.ListHousingCorporationsAsync(
            new V1.ListHousingCorporationsRequest { Parent = Parent, PageSize = 2 }, cancellationToken: Ct);
        var rest = await server.As(NijmegenDesk).Region.ListHousingCorporationsAsync(
            new V1.ListHousingCorporationsRequest { Parent = Parent, PageSize = 2, PageToken = listed.NextPageToken }, cancellationToken: Ct);
        var update = new V1.HousingCorporation { Name = created.Name, DisplayName = "Gamma Woonbedrijf", Etag = created.Etag };
        var updated = await Admin.UpdateHousingCorporationAsync(new V1.UpdateHousingCorporationRequest
        {
            Corporation = update, UpdateMask = new FieldMask { Paths = { "display_name" } },
        }, cancellationToken: Ct);
        await RpcAssert.FailsAsync(StatusCode.Aborted, async () => await Admin.UpdateHousingCorporationAsync(new V1.UpdateHousingCorporationRequest
        {
            Corporation = update, UpdateMask = new FieldMask { Paths = { "display_name" } },
        }, cancellationToken: Ct));
        var read = await server.As(Board).Region.GetHousingCorporationAsync(new V1.GetHousingCorporationRequest { Name = created.Name }, cancellationToken: Ct);

        Assert.Equal($"{Parent}/corporations/gamma-wonen", created.Name);
        // Ordered by id; another test of the class may have added zeta-wonen after them.
        Assert.Equal([CorporationA, CorporationB, "gamma-wonen"], listed.Corporations.Concat(rest.Corporations).Select(c => c.Name.Split('/')[^1]).Take(3));
        Assert.NotEqual(created.Etag, updated.Etag);
        Assert.Equal(("Gamma Woonbedrijf", "GM0268 GM0209", updated.Etag), (read.DisplayName, string.Join(" ", read.Municipalities), read.Etag));
    }

    [Fact]
    public async Task Corporation_BadInput_NamesTheField_AndOnlyTheAdministratorWrites()
    {
        var badCode = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, async () => await Admin.CreateHousingCorporationAsync(
            new V1.CreateHousingCorporationRequest { Parent = Parent, CorporationId = "delta", Corporation = Corporation("", "GM268", "GM0202") }, cancellationToken: Ct));
        var badId = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, async () => await Admin.CreateHousingCorporationAsync(
            new V1.CreateHousingCorporationRequest { Parent = Parent, CorporationId = "Delta Wonen", Corporation = Corporation("Delta") }, cancellationToken: Ct));
        var noMask = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, async () => await Admin.UpdateHousingCorporationAsync(
            new V1.UpdateHousingCorporationRequest { Corporation = new V1.HousingCorporation { Name = $"{Parent}/corporations/{CorporationA}" } }, cancellationToken: Ct));
        await RpcAssert.FailsAsync(StatusCode.AlreadyExists, async () => await Admin.CreateHousingCorporationAsync(
            new V1.CreateHousingCorporationRequest { Parent = Parent, CorporationId = CorporationA, Corporation = Corporation("Again") }, cancellationToken: Ct));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await server.As(Board).Region.CreateHousingCorporationAsync(
            new V1.CreateHousingCorporationRequest { Parent = Parent, CorporationId = "epsilon", Corporation = Corporation("Epsilon") }, cancellationToken: Ct));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await server.As(new Party(PartyKind.RegionalBoard, "regio-arnhem")).Region
            .ListHousingCorporationsAsync(new V1.ListHousingCorporationsRequest { Parent = Parent }, cancellationToken: Ct));
        await RpcAssert.FailsAsync(StatusCode.NotFound, async () => await Admin.GetHousingCorporationAsync(
            new V1.GetHousingCorporationRequest { Name = $"{Parent}/corporations/epsilon" }, cancellationToken: Ct));

        Assert.Equal(["corporation.municipalities[0]"], RpcAssert.ViolatedFields(badCode));
        Assert.Equal(["corporation_id"], RpcAssert.ViolatedFields(badId));
        Assert.Equal(["update_mask"], RpcAssert.ViolatedFields(noMask));
        var outside = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, async () => await Admin.CreateHousingCorporationAsync(
            new V1.CreateHousingCorporationRequest { Parent = Parent, CorporationId = "delta", Corporation = Corporation("", "GM0202") }, cancellationToken: Ct));
        Assert.Equal(["corporation.display_name"], RpcAssert.ViolatedFields(outside));
    }

    [Fact]
    public async Task CorporationToken_ForOneNotRegistered_IsPermissionDeniedOnEveryCall_UntilTheAdministratorCreatesIt()
    {
        var zeta = server.As(new Party(PartyKind.HousingCorporation, "zeta-wonen"));
        var units = new V1.ListUnitsRequest { Parent = "corporations/zeta-wonen" };

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await zeta.Region.GetRegionAsync(new V1.GetRegionRequest { Name = Parent }, cancellationToken: Ct));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await zeta.Stock.ListUnitsAsync(units, cancellationToken: Ct));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await zeta.Stock.CreateUnitAsync(
            new V1.CreateUnitRequest { Parent = "corporations/zeta-wonen", UnitId = "z-1", Unit = Messages.Unit() }, cancellationToken: Ct));
        Assert.Null(await server.Store.Stock.GetUnitAsync("zeta-wonen", "z-1", Ct));

        await Admin.CreateHousingCorporationAsync(new V1.CreateHousingCorporationRequest
        {
            Parent = Parent, CorporationId = "zeta-wonen", Corporation = Corporation("Zeta Wonen", "GM0268"),
        }, cancellationToken: Ct);

        Assert.Empty((await zeta.Stock.ListUnitsAsync(units, cancellationToken: Ct)).Units);
        var unit = await zeta.Stock.CreateUnitAsync(
            new V1.CreateUnitRequest { Parent = "corporations/zeta-wonen", UnitId = "z-1", Unit = Messages.Unit() }, cancellationToken: Ct);
        Assert.Equal("corporations/zeta-wonen/units/z-1", unit.Name);
    }

    [Fact]
    public async Task Settings_ReadByTheRegion_UpdatedByTheAdministratorWithEtag_BadLimitsNameTheField()
    {
        var read = await server.As(Board).Region.GetRegionSettingsAsync(new V1.GetRegionSettingsRequest { Name = Settings }, cancellationToken: Ct);
        var change = new V1.RegionSettings
        {
            Name = Settings, Etag = read.Etag,
            DefaultLimits = new V1.LoadLimits { NewPlacementsPerPeriod = 4, MaxProtectedHomesPerThousand = 5.5 },
        };
        var mask = new FieldMask { Paths = { "default_limits" } };

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await server.As(NijmegenDesk).Region.UpdateRegionSettingsAsync(
            new V1.UpdateRegionSettingsRequest { Settings = change, UpdateMask = mask }, cancellationToken: Ct));
        var updated = await Admin.UpdateRegionSettingsAsync(new V1.UpdateRegionSettingsRequest { Settings = change, UpdateMask = mask }, cancellationToken: Ct);
        await RpcAssert.FailsAsync(StatusCode.Aborted, async () => await Admin.UpdateRegionSettingsAsync(
            new V1.UpdateRegionSettingsRequest { Settings = change, UpdateMask = mask }, cancellationToken: Ct));
        var tooMany = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, async () => await Admin.UpdateRegionSettingsAsync(new V1.UpdateRegionSettingsRequest
        {
            Settings = new V1.RegionSettings { Name = Settings, DefaultLimits = new V1.LoadLimits { NewPlacementsPerPeriod = 1_001, MaxProtectedHomesPerThousand = -1 } },
            UpdateMask = mask,
        }, cancellationToken: Ct));
        var missing = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, async () => await Admin.UpdateRegionSettingsAsync(
            new V1.UpdateRegionSettingsRequest { Settings = new V1.RegionSettings { Name = Settings }, UpdateMask = mask }, cancellationToken: Ct));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await server.As(new Party(PartyKind.MunicipalDesk, "GM0202")).Region
            .GetRegionSettingsAsync(new V1.GetRegionSettingsRequest { Name = Settings }, cancellationToken: Ct));
        var region = await server.As(CorporationAParty).Region.GetRegionAsync(new V1.GetRegionRequest { Name = Parent }, cancellationToken: Ct);

        Assert.NotEqual(read.Etag, updated.Etag);
        Assert.Equal((4, 5.5), (updated.DefaultLimits.NewPlacementsPerPeriod, updated.DefaultLimits.MaxProtectedHomesPerThousand));
        Assert.Equal(updated.DefaultLimits, region.DefaultLimits);
        Assert.Equal(["settings.default_limits.new_placements_per_period", "settings.default_limits.max_protected_homes_per_thousand"],
            RpcAssert.ViolatedFields(tooMany));
        Assert.Equal(["settings.default_limits"], RpcAssert.ViolatedFields(missing));
    }

    [Fact]
    public async Task Neighbourhood_InhabitantsWithTheirSource_AndAnOverrideSetThenRemoved()
    {
        var name = $"{Parent}/neighbourhoods/{BeuningenCentrum}";
        var noSource = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, async () => await Admin.UpdateNeighbourhoodAsync(new V1.UpdateNeighbourhoodRequest
        {
            Neighbourhood = new V1.Neighbourhood { Name = name, Inhabitants = 2_500 }, UpdateMask = new FieldMask { Paths = { "inhabitants" } },
        }, cancellationToken: Ct));
        var counted = await Admin.UpdateNeighbourhoodAsync(new V1.UpdateNeighbourhoodRequest
        {
            Neighbourhood = new V1.Neighbourhood
            {
                Name = name, Inhabitants = 2_500,
                InhabitantsSource = new V1.InhabitantsSource { Kind = V1.InhabitantsSource.Types.Kind.CbsKerncijfers, Year = 2024 },
                LimitsOverride = new V1.LoadLimits { NewPlacementsPerPeriod = 1, MaxProtectedHomesPerThousand = 2 },
            },
            UpdateMask = new FieldMask { Paths = { "inhabitants", "inhabitants_source", "limits_override" } },
        }, cancellationToken: Ct);
        var removed = await Admin.UpdateNeighbourhoodAsync(new V1.UpdateNeighbourhoodRequest
        {
            Neighbourhood = new V1.Neighbourhood { Name = name, Etag = counted.Etag }, UpdateMask = new FieldMask { Paths = { "limits_override" } },
        }, cancellationToken: Ct);
        var settings = await Admin.GetRegionSettingsAsync(new V1.GetRegionSettingsRequest { Name = Settings }, cancellationToken: Ct);

        Assert.Equal(["neighbourhood.inhabitants_source"], RpcAssert.ViolatedFields(noSource));
        Assert.Equal((2_500, false, 2024, 5), (counted.Inhabitants, counted.InhabitantsEstimated, counted.InhabitantsSource.Year, counted.ProtectedHomesCeiling));
        Assert.Null(removed.LimitsOverride);
        Assert.Equal(settings.DefaultLimits, removed.EffectiveLimits);
        Assert.Equal((2_500, V1.InhabitantsSource.Types.Kind.CbsKerncijfers), (removed.Inhabitants, removed.InhabitantsSource.Kind));
    }

    private static V1.HousingCorporation Corporation(string displayName, params string[] municipalities)
    {
        var message = new V1.HousingCorporation { DisplayName = displayName };
        message.Municipalities.AddRange(municipalities);
        return message;
    }
}
