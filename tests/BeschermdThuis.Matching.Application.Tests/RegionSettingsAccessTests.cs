using BeschermdThuis.Matching.Application.Matching;
using BeschermdThuis.Matching.Application.Tests.Support;
using BeschermdThuis.Matching.Domain.Audit;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.Application.Tests;

/// <summary>
/// Issue 12, items 2 and 3 in the use cases: who may read and change the region's settings and corporations, what is
/// audited, and that the next match places by the changed default limits.
/// </summary>
public sealed class RegionSettingsAccessTests : IClassFixture<DemoWorld>
{
    private static readonly Party Admin = new(PartyKind.Administrator, "beheer");
    private static readonly Party Board = new(PartyKind.RegionalBoard, DemoWorld.RegionId);
    private static readonly Party OtherBoard = new(PartyKind.RegionalBoard, "regio-arnhem");
    private static readonly Party Desk = new(PartyKind.MunicipalDesk, "GM0268");
    private static readonly Party ArnhemDesk = new(PartyKind.MunicipalDesk, "GM0202");
    private static readonly Party Corporation = new(PartyKind.HousingCorporation, "waalboog");

    private readonly DemoWorld _world;

    public RegionSettingsAccessTests(DemoWorld world) => _world = world;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Settings_ReadByThePartiesOfTheRegion_ChangedByTheAdministratorOnly()
    {
        var regions = _world.Regions();
        foreach (var party in new[] { Admin, Board, Desk, Corporation })
        {
            Assert.Equal(new LoadLimits(2, 3m), (await regions.GetSettingsAsync(party, DemoWorld.RegionId, Ct)).Value);
        }
        foreach (var stranger in new[] { OtherBoard, ArnhemDesk })
        {
            await Assert.ThrowsAsync<PermissionDeniedException>(() => regions.GetSettingsAsync(stranger, DemoWorld.RegionId, Ct));
        }
        foreach (var party in new[] { Board, Desk, Corporation })
        {
            await Assert.ThrowsAsync<PermissionDeniedException>(() =>
                regions.UpdateSettingsAsync(party, DemoWorld.RegionId, null, _ => new LoadLimits(9, 9m), Ct));
        }
        Assert.Equal(new LoadLimits(2, 3m), (await regions.GetSettingsAsync(Admin, DemoWorld.RegionId, Ct)).Value);
    }

    [Fact]
    public async Task Corporations_ListedByThePartiesOfTheRegion_WrittenByTheAdministratorOnly_AndAudited()
    {
        var corporations = _world.Corporations();
        var listed = await corporations.ListCorporationsAsync(Desk, DemoWorld.RegionId, PageRequest.First(50), Ct);
        Assert.Equal(_world.Population.Corporations.Select(c => c.Id).Order(), listed.Items.Select(c => c.Value.Id));
        Assert.All(listed.Items, c => Assert.NotEmpty(c.Value.Municipalities));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => corporations.ListCorporationsAsync(OtherBoard, DemoWorld.RegionId, PageRequest.First(50), Ct));
        foreach (var party in new[] { Board, Desk, Corporation })
        {
            await Assert.ThrowsAsync<PermissionDeniedException>(() => corporations.CreateCorporationAsync(
                party, DemoWorld.RegionId, () => throw new InvalidOperationException("built before the access check"), Ct));
        }

        var created = await corporations.CreateCorporationAsync(Admin, DemoWorld.RegionId,
            () => new HousingCorporation("access-test-wonen", "Access Test Wonen", [new MunicipalityCode("GM0268")]), Ct);
        var outside = await Assert.ThrowsAsync<DomainValidationException>(() => corporations.UpdateCorporationAsync(Admin, DemoWorld.RegionId,
            "access-test-wonen", null, c => new HousingCorporation(c.Id, c.Name, [new MunicipalityCode("GM0268"), new MunicipalityCode("GM0202")]), Ct));
        var renamed = await corporations.UpdateCorporationAsync(Admin, DemoWorld.RegionId, "access-test-wonen", ETags.Of(created.Version),
            c => new HousingCorporation(c.Id, "Access Test Woonbedrijf", c.Municipalities), Ct);
        await Assert.ThrowsAsync<AbortedException>(() => corporations.UpdateCorporationAsync(Admin, DemoWorld.RegionId, "access-test-wonen",
            ETags.Of(created.Version), c => c, Ct));

        Assert.Equal("municipalities[1]", Assert.Single(outside.Violations).Field);
        Assert.Equal(("Access Test Woonbedrijf", 2L), (renamed.Value.Name, renamed.Version));
        var trail = await _world.Database.AuditTrail.ListAuditEntriesAsync(DemoWorld.RegionId, new AuditQuery(CorporationId: "access-test-wonen"), PageRequest.First(10), Ct);
        Assert.Equal([("CreateCorporation", "Administrator:beheer", (string?)"display_name, municipalities"), ("UpdateCorporation", "Administrator:beheer", "display_name")],
            trail.Items.Select(e => (e.Action, e.Actor, e.Reason)));
    }

    [Fact]
    public async Task KnownParty_ACorporationTokenForOneNotRegistered_IsDenied_OthersPass()
    {
        var corporations = _world.Corporations();

        await corporations.EnsureKnownPartyAsync(Corporation, Ct);
        await corporations.EnsureKnownPartyAsync(new Party(PartyKind.HousingCorporation, "waalboog"), Ct);
        await corporations.EnsureKnownPartyAsync(Desk, Ct);
        await corporations.EnsureKnownPartyAsync(new Party(PartyKind.Administrator, "anyone"), Ct);
        await Assert.ThrowsAsync<PermissionDeniedException>(() => corporations.EnsureKnownPartyAsync(new Party(PartyKind.HousingCorporation, "spookwonen"), Ct));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => corporations.EnsureKnownPartyAsync(new Party(PartyKind.HousingCorporation, "Not An Id"), Ct));
    }

    [Fact]
    public async Task CreateUnit_ForACorporationThatDoesNotExist_IsRefusedAndStoresNothing()
    {
        var ghost = new Party(PartyKind.HousingCorporation, "spookwonen");

        await Assert.ThrowsAsync<NotFoundException>(() => _world.Stock().CreateUnitAsync(
            ghost, "spookwonen", "u-1", () => throw new InvalidOperationException("not built for a corporation that does not exist"), Ct));

        Assert.Null(await _world.Database.Stock.GetUnitAsync("spookwonen", "u-1", Ct));
    }
}

/// <summary>The match reads the region's default limits as changed by the administrator (a world of its own: it changes them).</summary>
public sealed class RegionSettingsInMatchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ChangedDefaultLimit_ChangesWhatTheNextMatchMayPlacePerNeighbourhood()
    {
        await using var world = new DemoWorld();
        await world.InitializeAsync();
        var admin = new Party(PartyKind.Administrator, "beheer");
        var regions = world.Regions();
        var before = await world.Matching().RunMatchAsync(MatchCaller.LocalOperator, DemoWorld.MatchRequest(), null, null, Ct);

        await regions.UpdateSettingsAsync(admin, DemoWorld.RegionId, null, l => new LoadLimits(0, l.MaxProtectedHomesPerThousandInhabitants), Ct);
        var closed = await world.Matching().RunMatchAsync(MatchCaller.LocalOperator, DemoWorld.MatchRequest(), null, null, Ct);
        await regions.UpdateSettingsAsync(admin, DemoWorld.RegionId, null, l => new LoadLimits(1, l.MaxProtectedHomesPerThousandInhabitants), Ct);
        var one = await world.Matching().RunMatchAsync(MatchCaller.LocalOperator, DemoWorld.MatchRequest(), null, null, Ct);

        // The demo's default is 2 new placements per neighbourhood and period; no demo neighbourhood overrides it.
        Assert.Contains(before.Run.Result.Pairs.CountBy(p => p.Neighbourhood), n => n.Value == 2);
        Assert.Empty(closed.Run.Result.Pairs);
        Assert.NotEmpty(one.Run.Result.Pairs);
        Assert.All(one.Run.Result.Pairs.CountBy(p => p.Neighbourhood), n => Assert.Equal(1, n.Value));
        var trail = await world.Database.AuditTrail.ListAuditEntriesAsync(DemoWorld.RegionId, new AuditQuery(), PageRequest.First(50), Ct);
        Assert.Equal(["2/period 3.0/1000", "0/period 3.0/1000"],
            trail.Items.Where(e => e.SubjectKind == AuditSubjectKind.RegionSettings).Select(e => e.OldState));
    }
}
