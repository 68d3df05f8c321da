using BeschermdThuis.Matching.Domain.Audit;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Storage.Tests.Support;

namespace BeschermdThuis.Matching.Storage.Tests;

/// <summary>Issue 12 in storage: a region initialised once, corporations as resources of a region, the region's settings.</summary>
public abstract class RegionOnboardingRepositoryTests(ITestStore store) : StorageTestBase(store)
{
    private static readonly DateTimeOffset At = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task InitialiseRegion_Twice_StoresTheRegionWithItsNeighbourhoodsOnceAndThenChangesNothing()
    {
        var db = await OpenAsync();

        Assert.True(await db.Regions.InitialiseRegionAsync(TestData.Region(), TestData.Neighbourhoods(), Cancel));
        var version = await db.Regions.GetRegionVersionAsync(TestData.RegionId, Cancel);
        var changed = new Region(TestData.RegionId, "Another name", TestData.Region().Municipalities, [], new LoadLimits(9, 9m));
        Assert.False(await db.Regions.InitialiseRegionAsync(changed, [], Cancel));

        Same.Region(TestData.Region(), (await db.Regions.GetRegionAsync(TestData.RegionId, Cancel))!);
        Assert.Equal(TestData.Neighbourhoods().Count, (await db.Regions.ListNeighbourhoodsAsync(TestData.RegionId, Cancel)).Count);
        Assert.Equal(version, await db.Regions.GetRegionVersionAsync(TestData.RegionId, Cancel));
    }

    [Fact]
    public async Task Corporation_CreateGetListUpdate_KeepsMunicipalitiesVersionsAndOneAuditLinePerWrite()
    {
        var db = await OpenWithRegionsAsync();
        var talis = new HousingCorporation("talis", "Talis", [TestData.Nijmegen, TestData.Heumen]);

        await db.Corporations.CreateCorporationAsync(TestData.RegionId, talis, Audit("talis", "CreateCorporation"), Cancel);
        await db.Corporations.CreateCorporationAsync(TestData.RegionId, new HousingCorporation("portaal", "Portaal"), Audit("portaal", "CreateCorporation"), Cancel);
        var renamed = new HousingCorporation("talis", "Talis Woonbedrijf", [TestData.Heumen]);
        var updated = await db.Corporations.UpdateCorporationIfVersionAsync(TestData.RegionId, renamed, 1, Audit("talis", "UpdateCorporation"), Cancel);
        var stale = await db.Corporations.UpdateCorporationIfVersionAsync(TestData.RegionId, talis, 1, Audit("talis", "UpdateCorporation"), Cancel);
        var elsewhere = await db.Corporations.UpdateCorporationIfVersionAsync(TestData.OtherRegionId, talis, 2, Audit("talis", "UpdateCorporation"), Cancel);

        Assert.Equal((UpdateOutcome.Updated, UpdateOutcome.Stale, UpdateOutcome.NotFound), (updated, stale, elsewhere));
        Assert.Equal(new Versioned<HousingCorporation>(renamed, 2), await db.Corporations.GetCorporationAsync(TestData.RegionId, "talis", Cancel));
        Assert.Null(await db.Corporations.GetCorporationAsync(TestData.OtherRegionId, "talis", Cancel));
        var first = await db.Corporations.ListCorporationsAsync(TestData.RegionId, new PageRequest(1, null), Cancel);
        var second = await db.Corporations.ListCorporationsAsync(TestData.RegionId, new PageRequest(1, first.NextAfter), Cancel);
        Assert.Equal(["portaal", "talis"], first.Items.Concat(second.Items).Select(c => c.Value.Id));
        Assert.Null(second.NextAfter);
        Assert.Empty((await db.Corporations.ListCorporationsAsync(TestData.OtherRegionId, new PageRequest(10, null), Cancel)).Items);
        var trail = await db.AuditTrail.ListAuditEntriesAsync(TestData.RegionId, new AuditQuery(), new PageRequest(10, null), Cancel);
        Assert.Equal(["CreateCorporation", "CreateCorporation", "UpdateCorporation"], trail.Items.Select(e => e.Action));
    }

    [Fact]
    public async Task Corporation_IdTakenInAnyRegion_IsAlreadyExistsAndWritesNothing()
    {
        var db = await OpenWithRegionsAsync();
        await db.Corporations.CreateCorporationAsync(TestData.RegionId, TestData.Corporation("talis"), Audit("talis", "CreateCorporation"), Cancel);

        await Assert.ThrowsAsync<AlreadyExistsException>(() => db.Corporations.CreateCorporationAsync(
            TestData.OtherRegionId, new HousingCorporation("talis", "Other", [TestData.Arnhem]), Audit("talis", "CreateCorporation", TestData.OtherRegionId), Cancel));

        Assert.Equal(TestData.Corporation("talis"), (await db.Corporations.GetCorporationAsync(TestData.RegionId, "talis", Cancel))!.Value);
        Assert.Equal(0, await CountAsync(db, "corporation_municipalities"));
        Assert.Equal(1, await CountAsync(db, "audit_entries"));
    }

    [Fact]
    public async Task DefaultLimits_UpdateOverTheVersionRead_RaisesSettingsAndRegionVersion_StaleWritesNothing()
    {
        var db = await OpenWithRegionsAsync();
        var read = (await db.Regions.GetVersionedRegionAsync(TestData.RegionId, Cancel))!;
        var regionVersion = await db.Regions.GetRegionVersionAsync(TestData.RegionId, Cancel);

        var updated = await db.Regions.UpdateDefaultLimitsIfVersionAsync(TestData.RegionId, new LoadLimits(7, 12.5m), read.Version, Audit("default-limits", "UpdateDefaultLimits"), Cancel);
        var stale = await db.Regions.UpdateDefaultLimitsIfVersionAsync(TestData.RegionId, new LoadLimits(1, 1m), read.Version, Audit("default-limits", "UpdateDefaultLimits"), Cancel);

        Assert.Equal((UpdateOutcome.Updated, UpdateOutcome.Stale), (updated, stale));
        var after = (await db.Regions.GetVersionedRegionAsync(TestData.RegionId, Cancel))!;
        Assert.Equal((new LoadLimits(7, 12.5m), read.Version + 1), (after.Value.DefaultLimits, after.Version));
        Assert.Equal(TestData.Region().Municipalities.Count, after.Value.Municipalities.Count);
        Assert.True(await db.Regions.GetRegionVersionAsync(TestData.RegionId, Cancel) > regionVersion);
        Assert.Equal(1, await CountAsync(db, "audit_entries"));
    }

    [Fact]
    public async Task Neighbourhood_InhabitantsFromCbs_RoundTripWithTheirYearAndTheAuditedUpdate()
    {
        var db = await OpenWithRegionsAsync();
        await db.Regions.SaveNeighbourhoodsAsync(TestData.RegionId, TestData.Neighbourhoods(), Cancel);
        var code = TestData.Neighbourhoods()[0].Code;
        var read = (await db.Regions.GetVersionedNeighbourhoodAsync(TestData.RegionId, code, Cancel))!;
        var counted = new Neighbourhood(code, read.Value.Name, read.Value.Boundary, 4_321, false, read.Value.ExistingProtectedHomes, null, 2024);

        var outcome = await db.Regions.UpdateNeighbourhoodIfVersionAsync(TestData.RegionId, counted, read.Version, Audit(code.Value, "UpdateNeighbourhood"), Cancel);

        Assert.Equal(UpdateOutcome.Updated, outcome);
        var stored = (await db.Regions.GetNeighbourhoodAsync(TestData.RegionId, code, Cancel))!;
        Assert.Equal((4_321, false, 2024, (LoadLimits?)null), (stored.Inhabitants, stored.InhabitantsEstimated, stored.InhabitantsCountYear, stored.LimitsOverride));
        Assert.Equal(1, await CountAsync(db, "audit_entries"));
    }

    private static AuditEntry Audit(string subject, string action, string regionId = TestData.RegionId) =>
        new(0, regionId, At, "Administrator:beheer", AuditSubjectKind.RegionSettings, subject, action, null, null, null, null, null, null);
}

public sealed class RegionOnboardingRepositoryTestsSqlite() : RegionOnboardingRepositoryTests(new SqliteTestStore());

public sealed class RegionOnboardingRepositoryTestsSqlServer() : RegionOnboardingRepositoryTests(new SqlServerTestStore());
