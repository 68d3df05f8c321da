using BeschermdThuis.Matching.Domain.Agreements;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Storage.Tests.Support;

namespace BeschermdThuis.Matching.Storage.Tests;

public abstract class AgreementRepositoryTests(ITestStore store) : StorageTestBase(store)
{
    [Fact]
    public async Task CreateAgreement_RoundTripsEveryField()
    {
        var db = await OpenWithRegionsAsync();
        var withCap = TestData.Agreement("talis-2026");
        var withoutCap = TestData.Agreement("talis-2026-shared", cap: null, group: PriorityGroup.Any);

        await db.Agreements.CreateAgreementAsync(TestData.RegionId, withCap, Cancel);
        await db.Agreements.CreateAgreementAsync(TestData.RegionId, withoutCap, Cancel);

        Assert.Equal(withCap, await db.Agreements.GetAgreementAsync(TestData.RegionId, "talis-2026", Cancel));
        Assert.Equal(withoutCap, await db.Agreements.GetAgreementAsync(TestData.RegionId, "talis-2026-shared", Cancel));
        Assert.Equal([withCap, withoutCap], await db.Agreements.ListAgreementsAsync(TestData.RegionId, Cancel));
        Assert.Empty(await db.Agreements.ListAgreementsAsync(TestData.OtherRegionId, Cancel));
        Assert.Null(await db.Agreements.GetAgreementAsync(TestData.OtherRegionId, "talis-2026", Cancel));
    }

    [Fact]
    public async Task CreateAgreement_SameIdTwice_ThrowsAlreadyExists()
    {
        var db = await OpenWithRegionsAsync();
        await db.Agreements.CreateAgreementAsync(TestData.RegionId, TestData.Agreement("talis-2026"), Cancel);

        var error = await Assert.ThrowsAsync<AlreadyExistsException>(() =>
            db.Agreements.CreateAgreementAsync(TestData.RegionId, TestData.Agreement("talis-2026", cap: 20), Cancel));

        Assert.Equal("regions/regio-nijmegen/agreements/talis-2026", error.Resource);
        Assert.Equal(12, (await db.Agreements.GetAgreementAsync(TestData.RegionId, "talis-2026", Cancel))!.CapUnits);
    }

    [Fact]
    public async Task UpdateAgreement_Existing_ReplacesEveryField()
    {
        var db = await OpenWithRegionsAsync();
        await db.Agreements.CreateAgreementAsync(TestData.RegionId, TestData.Agreement("talis-2026"), Cancel);
        var changed = new PerformanceAgreement("talis-2026", "portaal", TestData.Heumen,
            new DateRange(new DateOnly(2026, 7, 1), new DateOnly(2027, 6, 30)), 4, null, PriorityGroup.ShelterOutflow);

        Assert.True(await db.Agreements.UpdateAgreementAsync(TestData.RegionId, changed, Cancel));

        Assert.Equal(changed, await db.Agreements.GetAgreementAsync(TestData.RegionId, "talis-2026", Cancel));
    }

    [Fact]
    public async Task UpdateAndDeleteAgreement_Missing_ReturnFalse()
    {
        var db = await OpenWithRegionsAsync();
        await db.Agreements.CreateAgreementAsync(TestData.RegionId, TestData.Agreement("talis-2026"), Cancel);

        Assert.False(await db.Agreements.UpdateAgreementAsync(TestData.OtherRegionId, TestData.Agreement("talis-2026"), Cancel));
        Assert.False(await db.Agreements.DeleteAgreementAsync(TestData.RegionId, "ghost", Cancel));
        Assert.True(await db.Agreements.DeleteAgreementAsync(TestData.RegionId, "talis-2026", Cancel));
        Assert.Null(await db.Agreements.GetAgreementAsync(TestData.RegionId, "talis-2026", Cancel));
    }

    [Fact]
    public async Task ListAgreements_Paged_WalksEveryPage()
    {
        var db = await OpenWithRegionsAsync();
        foreach (var id in new[] { "c", "a", "e", "b", "d" })
        {
            await db.Agreements.CreateAgreementAsync(TestData.RegionId, TestData.Agreement($"agreement-{id}"), Cancel);
        }

        var first = await db.Agreements.ListAgreementsAsync(TestData.RegionId, PageRequest.First(3), Cancel);
        var second = await db.Agreements.ListAgreementsAsync(TestData.RegionId, new PageRequest(3, first.NextAfter), Cancel);

        Assert.Equal(["agreement-a", "agreement-b", "agreement-c"], first.Items.Select(a => a.Id));
        Assert.Equal("agreement-c", first.NextAfter);
        Assert.Equal(["agreement-d", "agreement-e"], second.Items.Select(a => a.Id));
        Assert.Null(second.NextAfter);
    }
}

public sealed class AgreementRepositoryTestsSqlite() : AgreementRepositoryTests(new SqliteTestStore());

public sealed class AgreementRepositoryTestsSqlServer() : AgreementRepositoryTests(new SqlServerTestStore());
