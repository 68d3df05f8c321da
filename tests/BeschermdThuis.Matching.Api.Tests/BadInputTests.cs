using BeschermdThuis.Matching.Api.Tests.Infrastructure;
using BeschermdThuis.Matching.Domain.Parties;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using static BeschermdThuis.Matching.Api.Tests.Infrastructure.SeedData;

namespace BeschermdThuis.Matching.Api.Tests;

/// <summary>
/// Bad input across the three services: each case must get the right status, name the wrong field in a
/// google.rpc.BadRequest (for InvalidArgument), and leave everything stored exactly as it was.
/// </summary>
public sealed class BadInputTests(ApiServerFixture server) : IClassFixture<ApiServerFixture>
{
    private const string UnitsOfA = $"corporations/{CorporationA}";
    private const string ClientsOfNijmegen = "municipalities/GM0268";
    private const string Region = $"regions/{RegionId}";

    private sealed record Case(Party Party, StatusCode Status, string? Field, Func<Clients, CancellationToken, Task> Call);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        // Stock: units of corporation A, by corporation A.
        ["unit negative rent"] = Unit("unit.net_rent_cents", u => u.NetRentCents = -100),
        ["unit zero rent"] = Unit("unit.net_rent_cents", u => u.NetRentCents = 0),
        ["unit negative service costs"] = Unit("unit.service_costs_cents", u => u.ServiceCostsCents = -1),
        ["unit zero rooms"] = Unit("unit.rooms", u => u.Rooms = 0),
        ["unit floor 99"] = Unit("unit.floor", u => u.Floor = 99),
        ["unit point outside region"] = Unit("unit.location", u => u.Location = Messages.AmsterdamDam),
        ["unit without location"] = Unit("unit.location", u => u.Location = null),
        ["unit latitude 95"] = Unit("unit.location", u => u.Location = new Google.Type.LatLng { Latitude = 95, Longitude = 5.86 }),
        ["unit available month 13"] = Unit("unit.available_from", u => u.AvailableFrom = new Google.Type.Date { Year = 2026, Month = 13, Day = 1 }),
        ["unit available 31 February"] = Unit("unit.available_from", u => u.AvailableFrom = new Google.Type.Date { Year = 2026, Month = 2, Day = 31 }),
        ["unit dwelling type unspecified"] = Unit("unit.dwelling_type", u => u.DwellingType = V1.DwellingType.Unspecified),
        ["unit unknown tenancy enum"] = Unit("unit.tenancy", u => u.Tenancy = (V1.TenancyKind)99),
        ["unit unknown contract form enum"] = Unit("unit.contract_form", u => u.ContractForm = (V1.ContractForm)7),
        ["unit id with capitals"] = new(CorporationAParty, StatusCode.InvalidArgument, "unit_id", (c, ct) =>
            c.Stock.CreateUnitAsync(new V1.CreateUnitRequest { Parent = UnitsOfA, UnitId = "Unit_1", Unit = Messages.Unit() }, cancellationToken: ct).ResponseAsync),
        ["unit malformed parent"] = new(CorporationAParty, StatusCode.InvalidArgument, "parent", (c, ct) =>
            c.Stock.CreateUnitAsync(new V1.CreateUnitRequest { Parent = $"corporation/{CorporationA}", UnitId = "u-x", Unit = Messages.Unit() }, cancellationToken: ct).ResponseAsync),
        ["unit duplicate create"] = new(CorporationAParty, StatusCode.AlreadyExists, null, (c, ct) =>
            c.Stock.CreateUnitAsync(new V1.CreateUnitRequest { Parent = UnitsOfA, UnitId = UnitA, Unit = Messages.Unit() }, cancellationToken: ct).ResponseAsync),
        ["unit malformed name"] = new(CorporationAParty, StatusCode.InvalidArgument, "name", (c, ct) =>
            c.Stock.GetUnitAsync(new V1.GetUnitRequest { Name = $"{UnitsOfA}/units/" }, cancellationToken: ct).ResponseAsync),
        ["unit missing"] = new(CorporationAParty, StatusCode.NotFound, null, (c, ct) =>
            c.Stock.GetUnitAsync(new V1.GetUnitRequest { Name = $"{UnitsOfA}/units/no-such-unit" }, cancellationToken: ct).ResponseAsync),
        ["units bad page token"] = new(CorporationAParty, StatusCode.InvalidArgument, "page_token", (c, ct) =>
            c.Stock.ListUnitsAsync(new V1.ListUnitsRequest { Parent = UnitsOfA, PageToken = "not-a-token!" }, cancellationToken: ct).ResponseAsync),
        ["units negative page size"] = new(CorporationAParty, StatusCode.InvalidArgument, "page_size", (c, ct) =>
            c.Stock.ListUnitsAsync(new V1.ListUnitsRequest { Parent = UnitsOfA, PageSize = -1 }, cancellationToken: ct).ResponseAsync),
        ["unit update mask names output field"] = new(CorporationAParty, StatusCode.InvalidArgument, "update_mask", (c, ct) =>
            c.Stock.UpdateUnitAsync(new V1.UpdateUnitRequest
            {
                Unit = new V1.Unit { Name = $"{UnitsOfA}/units/{UnitA}", Neighbourhood = $"{Region}/neighbourhoods/BU02090111" },
                UpdateMask = new FieldMask { Paths = { "neighbourhood" } },
            }, cancellationToken: ct).ResponseAsync),
        ["unit update moves outside region"] = new(CorporationAParty, StatusCode.InvalidArgument, "unit.location", (c, ct) =>
            c.Stock.UpdateUnitAsync(new V1.UpdateUnitRequest
            {
                Unit = new V1.Unit { Name = $"{UnitsOfA}/units/{UnitA}", Location = Messages.AmsterdamDam },
                UpdateMask = new FieldMask { Paths = { "location" } },
            }, cancellationToken: ct).ResponseAsync),
        ["unit update unspecified status"] = new(CorporationAParty, StatusCode.InvalidArgument, "unit.status", (c, ct) =>
            c.Stock.UpdateUnitAsync(new V1.UpdateUnitRequest
            {
                Unit = new V1.Unit { Name = $"{UnitsOfA}/units/{UnitA}" },
                UpdateMask = new FieldMask { Paths = { "status" } },
            }, cancellationToken: ct).ResponseAsync),
        ["reserved unit delete"] = new(CorporationBParty, StatusCode.FailedPrecondition, null, (c, ct) =>
            c.Stock.DeleteUnitAsync(new V1.DeleteUnitRequest { Name = $"corporations/{CorporationB}/units/{UnitBReserved}" }, cancellationToken: ct).ResponseAsync),

        // Clients of Nijmegen, by the Nijmegen desk.
        ["client BSN-like id"] = new(NijmegenDesk, StatusCode.InvalidArgument, "client_id", (c, ct) =>
            c.Client.CreateClientAsync(new V1.CreateClientRequest { Parent = ClientsOfNijmegen, ClientId = "client-111222333", Client = Messages.Client() }, cancellationToken: ct).ResponseAsync),
        ["client readiness month 13"] = Client("client.readiness_date", m => m.ReadinessDate = new Google.Type.Date { Year = 2026, Month = 13, Day = 5 }),
        ["client without readiness date"] = Client("client.readiness_date", m => m.ReadinessDate = null),
        ["client household size 0"] = Client("client.household_size", m => m.HouseholdSize = 0),
        ["client unknown income band"] = Client("client.income_band", m => m.IncomeBand = (V1.IncomeBand)7),
        ["client wish ranks with gap"] = Client("client.wishes.areas", m => m.Wishes.Areas[1].Rank = 3),
        ["client wish unknown area code"] = Client("client.wishes.areas[0].area_code", m => m.Wishes.Areas[0].AreaCode = "BU99999999"),
        ["client wish malformed area code"] = Client("client.wishes.areas[1].area_code", m => m.Wishes.Areas[1].AreaCode = "Nijmegen"),
        ["client wish unknown dwelling type"] = Client("client.wishes.dwelling_types", m => m.Wishes.DwellingTypes[0].DwellingType = (V1.DwellingType)42),
        ["client avoid unknown origin"] = Client("client.recovery.avoid_origin.origin_code", m => m.Recovery.AvoidOrigin.OriginCode = "BU03630000"),
        ["client avoid origin radius negative"] = Client("client.recovery.avoid_origin.radius_metres", m => m.Recovery.AvoidOrigin.RadiusMetres = -5),
        ["client anchor distance 0"] = Client("client.recovery.support_anchors[0].max_distance_metres", m => m.Recovery.SupportAnchors[0].MaxDistanceMetres = 0),
        ["client negative max peers"] = Client("client.recovery.max_peers_in_neighbourhood", m => m.Recovery.MaxPeersInNeighbourhood = -1),
        ["client unknown consent item"] = Client("client.consent[1]", m => m.Consent[1] = (V1.ConsentItem)9),
        ["client unknown care team"] = Client("client.care_team", m => m.CareTeam = $"{Region}/careTeams/no-such-team"),
        ["client minimum rooms 13"] = Client("client.needs.minimum_rooms", m => m.Needs.MinimumRooms = 13),
        ["client duplicate create"] = new(NijmegenDesk, StatusCode.AlreadyExists, null, (c, ct) =>
            c.Client.CreateClientAsync(new V1.CreateClientRequest { Parent = ClientsOfNijmegen, ClientId = ClientNijmegen, Client = Messages.Client() }, cancellationToken: ct).ResponseAsync),
        ["client missing"] = new(NijmegenDesk, StatusCode.NotFound, null, (c, ct) =>
            c.Client.GetClientAsync(new V1.GetClientRequest { Name = $"{ClientsOfNijmegen}/clients/no-such-client" }, cancellationToken: ct).ResponseAsync),
        ["clients malformed parent"] = new(NijmegenDesk, StatusCode.InvalidArgument, "parent", (c, ct) =>
            c.Client.ListClientsAsync(new V1.ListClientsRequest { Parent = "municipalities/0268" }, cancellationToken: ct).ResponseAsync),
        ["client update without mask"] = new(NijmegenDesk, StatusCode.InvalidArgument, "update_mask", (c, ct) =>
            c.Client.UpdateClientAsync(new V1.UpdateClientRequest { Client = new V1.Client { Name = $"{ClientsOfNijmegen}/clients/{ClientNijmegen}", HouseholdSize = 2 } }, cancellationToken: ct).ResponseAsync),
        ["client update bad wish"] = new(NijmegenDesk, StatusCode.InvalidArgument, "client.wishes.areas", (c, ct) =>
            c.Client.UpdateClientAsync(new V1.UpdateClientRequest
            {
                Client = new V1.Client
                {
                    Name = $"{ClientsOfNijmegen}/clients/{ClientNijmegen}",
                    Wishes = new V1.HousingWishes { Areas = { new V1.AreaWish { Rank = 1, AreaCode = "GM0268" }, new V1.AreaWish { Rank = 1, AreaCode = "GM0209" } } },
                },
                UpdateMask = new FieldMask { Paths = { "wishes" } },
            }, cancellationToken: ct).ResponseAsync),
        ["proposed client delete"] = new(NijmegenDesk, StatusCode.FailedPrecondition, null, (c, ct) =>
            c.Client.DeleteClientAsync(new V1.DeleteClientRequest { Name = $"{ClientsOfNijmegen}/clients/{ClientNijmegenProposed}" }, cancellationToken: ct).ResponseAsync),

        // Region reference data, by the administrator.
        ["neighbourhood unknown code"] = new(Administrator, StatusCode.NotFound, null, (c, ct) =>
            c.Region.GetNeighbourhoodAsync(new V1.GetNeighbourhoodRequest { Name = $"{Region}/neighbourhoods/BU02689999" }, cancellationToken: ct).ResponseAsync),
        ["neighbourhood malformed code"] = new(Administrator, StatusCode.InvalidArgument, "name", (c, ct) =>
            c.Region.GetNeighbourhoodAsync(new V1.GetNeighbourhoodRequest { Name = $"{Region}/neighbourhoods/0268" }, cancellationToken: ct).ResponseAsync),
        ["neighbourhood negative placements limit"] = Limits("neighbourhood.limits_override.new_placements_per_period", new V1.LoadLimits { NewPlacementsPerPeriod = -1, MaxProtectedHomesPerThousand = 2 }),
        ["neighbourhood NaN ceiling"] = Limits("neighbourhood.limits_override.max_protected_homes_per_thousand", new V1.LoadLimits { NewPlacementsPerPeriod = 1, MaxProtectedHomesPerThousand = double.NaN }),
        ["neighbourhoods token of another list"] = new(Administrator, StatusCode.InvalidArgument, "page_token", async (c, ct) =>
        {
            var units = await c.Stock.ListCorporationsAsync(new V1.ListCorporationsRequest { PageSize = 1 }, cancellationToken: ct);
            await c.Region.ListNeighbourhoodsAsync(new V1.ListNeighbourhoodsRequest { Parent = Region, PageToken = units.NextPageToken }, cancellationToken: ct);
        }),
        ["region other than served"] = new(Administrator, StatusCode.NotFound, null, (c, ct) =>
            c.Region.GetRegionAsync(new V1.GetRegionRequest { Name = "regions/regio-utrecht" }, cancellationToken: ct).ResponseAsync),
        ["care team municipality outside region"] = CareTeam("care_team.service_area.municipalities[1]", t => t.ServiceArea.Municipalities[1] = "GM0363"),
        ["care team malformed municipality"] = CareTeam("care_team.service_area.municipalities[0]", t => t.ServiceArea.Municipalities[0] = "Nijmegen"),
        ["care team bad WKT"] = CareTeam("care_team.service_area.area_wkt", t => t.ServiceArea.AreaWkt = "POLYGON((5.8 51.8, 5.9"),
        ["care team negative capacity"] = CareTeam("care_team.caseload_capacity", t => t.CaseloadCapacity = -3),
        ["care team empty provider"] = CareTeam("care_team.provider", t => t.Provider = " "),
        ["care team duplicate create"] = new(Administrator, StatusCode.AlreadyExists, null, (c, ct) =>
            c.Region.CreateCareTeamAsync(new V1.CreateCareTeamRequest { Parent = Region, CareTeamId = SeedData.CareTeam, CareTeam = Messages.CareTeam() }, cancellationToken: ct).ResponseAsync),
        ["care team still supporting clients"] = new(Administrator, StatusCode.FailedPrecondition, null, (c, ct) =>
            c.Region.DeleteCareTeamAsync(new V1.DeleteCareTeamRequest { Name = $"{Region}/careTeams/{SeedData.CareTeam}" }, cancellationToken: ct).ResponseAsync),
        ["agreement end before start"] = Agreement("performance_agreement.end_date", a => a.EndDate = new Google.Type.Date { Year = 2026, Month = 6, Day = 30 }),
        ["agreement cap below target"] = Agreement("performance_agreement.cap_units", a => a.CapUnits = 5),
        ["agreement priority group unspecified"] = Agreement("performance_agreement.priority_group", a => a.PriorityGroup = V1.PriorityGroup.Unspecified),
        ["agreement unknown corporation"] = Agreement("performance_agreement.corporation", a => a.Corporation = "corporations/no-such-corporation"),
        ["agreement malformed municipality"] = Agreement("performance_agreement.municipality", a => a.Municipality = "0268"),
        ["agreement municipality outside region"] = Agreement("performance_agreement.municipality", a => a.Municipality = "GM0363"),
        ["region load malformed name"] = new(Board, StatusCode.InvalidArgument, "name", (c, ct) =>
            c.Region.GetRegionLoadAsync(new V1.GetRegionLoadRequest { Name = Region }, cancellationToken: ct).ResponseAsync),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void Table_HasAtLeast25DistinctCases() => Assert.True(Cases.Count >= 25, $"{Cases.Count} cases");

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task BadInput_IsRefusedWithTheRightStatusAndField_AndChangesNothing(string name)
    {
        var @case = Cases[name];
        var before = await StoredState.SnapshotAsync(server.Store);

        var e = await RpcAssert.FailsAsync(@case.Status, () => @case.Call(server.As(@case.Party), TestContext.Current.CancellationToken));

        if (@case.Field is not null)
        {
            Assert.Contains(@case.Field, RpcAssert.ViolatedFields(e));
        }
        Assert.NotEqual(StatusCode.Unknown, e.StatusCode);
        Assert.NotEqual(StatusCode.Internal, e.StatusCode);
        var after = await StoredState.SnapshotAsync(server.Store);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Snapshot_SeesAnAcceptedChange()
    {
        var before = await StoredState.SnapshotAsync(server.Store);

        await server.As(CorporationAParty).Stock.CreateUnitAsync(
            new V1.CreateUnitRequest { Parent = UnitsOfA, UnitId = "unit-control", Unit = Messages.Unit() }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotEqual(before, await StoredState.SnapshotAsync(server.Store));
    }

    private static Case Unit(string field, Action<V1.Unit> spoil)
    {
        var unit = Messages.Unit();
        spoil(unit);
        return new(CorporationAParty, StatusCode.InvalidArgument, field, (c, ct) =>
            c.Stock.CreateUnitAsync(new V1.CreateUnitRequest { Parent = UnitsOfA, UnitId = "unit-spoiled", Unit = unit }, cancellationToken: ct).ResponseAsync);
    }

    private static Case Client(string field, Action<V1.Client> spoil)
    {
        var client = Messages.Client();
        spoil(client);
        return new(NijmegenDesk, StatusCode.InvalidArgument, field, (c, ct) =>
            c.Client.CreateClientAsync(new V1.CreateClientRequest { Parent = ClientsOfNijmegen, ClientId = "client-spoiled", Client = client }, cancellationToken: ct).ResponseAsync);
    }

    private static Case Limits(string field, V1.LoadLimits limits) =>
        new(Administrator, StatusCode.InvalidArgument, field, (c, ct) =>
            c.Region.UpdateNeighbourhoodAsync(new V1.UpdateNeighbourhoodRequest
            {
                Neighbourhood = new V1.Neighbourhood { Name = $"{Region}/neighbourhoods/{Stadscentrum}", LimitsOverride = limits },
                UpdateMask = new FieldMask { Paths = { "limits_override" } },
            }, cancellationToken: ct).ResponseAsync);

    private static Case CareTeam(string field, Action<V1.CareTeam> spoil)
    {
        var team = Messages.CareTeam();
        spoil(team);
        return new(Administrator, StatusCode.InvalidArgument, field, (c, ct) =>
            c.Region.CreateCareTeamAsync(new V1.CreateCareTeamRequest { Parent = Region, CareTeamId = "team-spoiled", CareTeam = team }, cancellationToken: ct).ResponseAsync);
    }

    private static Case Agreement(string field, Action<V1.PerformanceAgreement> spoil)
    {
        var agreement = Messages.Agreement();
        spoil(agreement);
        return new(Board, StatusCode.InvalidArgument, field, (c, ct) =>
            c.Region.CreatePerformanceAgreementAsync(new V1.CreatePerformanceAgreementRequest
            {
                Parent = Region,
                PerformanceAgreementId = "agr-spoiled",
                PerformanceAgreement = agreement,
            }, cancellationToken: ct).ResponseAsync);
    }
}
