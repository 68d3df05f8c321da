using BeschermdThuis.Matching.Domain.Care;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Storage.Tests.Support;

namespace BeschermdThuis.Matching.Storage.Tests;

public abstract class CareTeamRepositoryTests(ITestStore store) : StorageTestBase(store)
{
    [Fact]
    public async Task CreateCareTeam_RoundTripsMunicipalitiesAreaAndBoth()
    {
        var db = await OpenWithRegionsAsync();
        var byMunicipalities = TestData.CareTeam("fact-centrum", null, TestData.Heumen, TestData.Nijmegen);
        var byArea = TestData.CareTeam("fact-oost", TestData.TwoSquares(5.87, 51.835, 0.004));
        var byBoth = TestData.CareTeam("housing-first", TestData.SquareWithHole(5.85, 51.835, 0.01), TestData.Nijmegen);

        foreach (var team in new[] { byMunicipalities, byArea, byBoth })
        {
            await db.CareTeams.CreateCareTeamAsync(TestData.RegionId, team, Cancel);
        }

        foreach (var team in new[] { byMunicipalities, byArea, byBoth })
        {
            var stored = await db.CareTeams.GetCareTeamAsync(TestData.RegionId, team.Id, Cancel);
            Assert.Equal(team, stored);
            if (team.ServiceArea.Area is { } area)
            {
                Same.Geometry(area, stored!.ServiceArea.Area!);
            }
        }
        Assert.Equal([byMunicipalities, byArea, byBoth], await db.CareTeams.ListCareTeamsAsync(TestData.RegionId, Cancel));
        Assert.Empty(await db.CareTeams.ListCareTeamsAsync(TestData.OtherRegionId, Cancel));
    }

    [Fact]
    public async Task CreateCareTeam_SameIdTwice_ThrowsAlreadyExistsAndStoresNoExtraMunicipalities()
    {
        var db = await OpenWithRegionsAsync();
        await db.CareTeams.CreateCareTeamAsync(TestData.RegionId, TestData.CareTeam("fact-centrum"), Cancel);

        await Assert.ThrowsAsync<AlreadyExistsException>(() =>
            db.CareTeams.CreateCareTeamAsync(TestData.RegionId, TestData.CareTeam("fact-centrum", null, TestData.Arnhem), Cancel));

        Assert.Equal(TestData.CareTeam("fact-centrum"), await db.CareTeams.GetCareTeamAsync(TestData.RegionId, "fact-centrum", Cancel));
        Assert.Equal(2, await CountAsync(db, "care_team_municipalities"));
    }

    [Fact]
    public async Task UpdateCareTeam_Existing_ReplacesFieldsAndMunicipalities()
    {
        var db = await OpenWithRegionsAsync();
        await db.CareTeams.CreateCareTeamAsync(TestData.RegionId, TestData.CareTeam("fact-centrum"), Cancel);
        var changed = new CareTeam("fact-centrum", "Iriszorg", new ServiceArea([TestData.Heumen], TestData.Square(5.86, 51.84, 0.02)),
            new GeoPoint(5.8700000000000001, 51.8500000000000001), 12, 0);

        Assert.True(await db.CareTeams.UpdateCareTeamAsync(TestData.RegionId, changed, Cancel));

        Assert.Equal(changed, await db.CareTeams.GetCareTeamAsync(TestData.RegionId, "fact-centrum", Cancel));
        Assert.Equal(1, await CountAsync(db, "care_team_municipalities"));
    }

    [Fact]
    public async Task UpdateAndDeleteCareTeam_Missing_ReturnFalse()
    {
        var db = await OpenWithRegionsAsync();

        Assert.False(await db.CareTeams.UpdateCareTeamAsync(TestData.RegionId, TestData.CareTeam("ghost"), Cancel));
        Assert.False(await db.CareTeams.DeleteCareTeamAsync(TestData.RegionId, "ghost", Cancel));
        Assert.Equal(0, await CountAsync(db, "care_team_municipalities"));
    }

    [Fact]
    public async Task DeleteCareTeam_Existing_RemovesItAndItsMunicipalities()
    {
        var db = await OpenWithRegionsAsync();
        await db.CareTeams.CreateCareTeamAsync(TestData.RegionId, TestData.CareTeam("fact-centrum"), Cancel);

        Assert.True(await db.CareTeams.DeleteCareTeamAsync(TestData.RegionId, "fact-centrum", Cancel));

        Assert.Null(await db.CareTeams.GetCareTeamAsync(TestData.RegionId, "fact-centrum", Cancel));
        Assert.Equal(0, await CountAsync(db, "care_team_municipalities"));
    }

    [Fact]
    public async Task ListCareTeams_Paged_WalksEveryPageWithEachTeamsOwnMunicipalities()
    {
        var db = await OpenWithRegionsAsync();
        var teams = new[]
        {
            TestData.CareTeam("team-a", null, TestData.Nijmegen),
            TestData.CareTeam("team-b", null, TestData.Heumen),
            TestData.CareTeam("team-c", null, TestData.Nijmegen, TestData.Heumen),
            TestData.CareTeam("team-d", TestData.Square(5.85, 51.83, 0.01)),
            TestData.CareTeam("team-e", null, TestData.Heumen, TestData.Nijmegen),
        };
        foreach (var team in teams.Reverse())
        {
            await db.CareTeams.CreateCareTeamAsync(TestData.RegionId, team, Cancel);
        }

        var first = await db.CareTeams.ListCareTeamsAsync(TestData.RegionId, PageRequest.First(2), Cancel);
        var second = await db.CareTeams.ListCareTeamsAsync(TestData.RegionId, new PageRequest(2, first.NextAfter), Cancel);
        var third = await db.CareTeams.ListCareTeamsAsync(TestData.RegionId, new PageRequest(2, second.NextAfter), Cancel);

        Assert.Equal(teams, first.Items.Concat(second.Items).Concat(third.Items).Select(t => t.Value));
        Assert.Equal(["team-b", "team-d"], new[] { first.NextAfter, second.NextAfter });
        Assert.Null(third.NextAfter);
    }
}

public sealed class CareTeamRepositoryTestsSqlite() : CareTeamRepositoryTests(new SqliteTestStore());

public sealed class CareTeamRepositoryTestsSqlServer() : CareTeamRepositoryTests(new SqlServerTestStore());
