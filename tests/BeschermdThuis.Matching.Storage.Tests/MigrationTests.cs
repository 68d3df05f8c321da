using System.Globalization;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Storage.Dialects;
using BeschermdThuis.Matching.Storage.Migrations;
using BeschermdThuis.Matching.Storage.Tests.Support;
using Dapper;

namespace BeschermdThuis.Matching.Storage.Tests;

public abstract class MigrationTests(ITestStore store) : StorageTestBase(store)
{
    [Fact]
    public async Task Open_NewDatabase_AppliesEveryScriptInOrder()
    {
        var expected = MigrationScripts.For((await OpenAsync()).Dialect.Provider).Select(s => s.Version).ToList();

        var db = await OpenAsync();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, await QueryAsync<int>(db, "SELECT version FROM schema_version ORDER BY version"));
    }

    [Fact]
    public async Task Open_Twice_AppliesNothingTheSecondTimeAndRecordsEachVersionOnce()
    {
        var first = await OpenAsync();
        await first.Regions.SaveRegionAsync(TestData.Region(), Cancel);

        var second = await OpenAsync();
        var third = await OpenAsync();

        var versions = MigrationScripts.For(first.Dialect.Provider).Select(s => s.Version).ToList();
        Assert.Equal(versions, first.AppliedMigrations);
        Assert.Empty(second.AppliedMigrations);
        Assert.Empty(third.AppliedMigrations);
        Assert.Equal(versions, await QueryAsync<int>(third, "SELECT version FROM schema_version ORDER BY version"));
        Assert.NotNull(await third.Regions.GetRegionAsync(TestData.RegionId, Cancel));
    }

    [Fact]
    public async Task Open_ConcurrentlyOnANewDatabase_AppliesEachScriptExactlyOnce()
    {
        var options = await OptionsAsync();

        var opened = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => MatchingDatabase.OpenAsync(options, Cancel)));

        try
        {
            var versions = MigrationScripts.For(options.Provider).Select(s => s.Version).ToList();
            Assert.Equal(versions, opened.SelectMany(d => d.AppliedMigrations).Order());
            Assert.Equal(versions, await QueryAsync<int>(opened[0], "SELECT version FROM schema_version ORDER BY version"));
        }
        finally
        {
            foreach (var database in opened)
            {
                await database.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Open_RecordsTheScriptNameAndWhenItRan()
    {
        var db = await OpenAsync();

        var rows = await QueryAsync<(int Version, string Name, string AppliedAt)>(db, "SELECT version, name, applied_at FROM schema_version");

        Assert.Equal([(1, "initial"), (2, "match_runs"), (3, "region_unique_ids"), (4, "row_versions"), (5, "region_versions"), (6, "proposals")],
            rows.OrderBy(r => r.Version).Select(r => (r.Version, r.Name)).Take(6));
        Assert.Equal(MigrationScripts.For(db.Dialect.Provider).Select(s => (s.Version, s.Name)), rows.OrderBy(r => r.Version).Select(r => (r.Version, r.Name)));
        Assert.All(rows, r => Assert.True(DateTimeOffset.TryParse(r.AppliedAt, CultureInfo.InvariantCulture, out _), r.AppliedAt));
    }

    [Fact]
    public async Task Open_DatabaseAtVersion1_MigratesToTheLatestAndKeepsItsData()
    {
        // A database exactly as version 1 left it: the version table, script 0001, its version row and a region.
        var options = await OptionsAsync();
        var dialect = MatchingDatabase.DialectFor(options.Provider);
        var statements = new SqlStatements(dialect);
        var initial = MigrationScripts.For(options.Provider).Single(s => s.Version == 1);
        await using (var connection = dialect.CreateConnection(options.ConnectionString))
        {
            await connection.OpenAsync(Cancel);
            foreach (var sql in new[]
            {
                statements.CreateVersionTable,
                initial.Sql,
                "INSERT INTO regions (region_id, name, default_new_placements_per_period, default_max_protected_homes_per_thousand)"
                + " VALUES ('regio-oud', 'Regio Oud', 3, '2.75')",
                "INSERT INTO region_municipalities (region_id, municipality_code, ordinal, name, inhabitants)"
                + " VALUES ('regio-oud', 'GM0268', 0, 'Nijmegen', 179073)",
            })
            {
                await connection.ExecuteAsync(new CommandDefinition(sql, cancellationToken: Cancel));
            }
            await connection.ExecuteAsync(new CommandDefinition(statements.InsertVersion,
                new { initial.Version, initial.Name, AppliedAt = "2026-01-01T00:00:00.0000000+00:00" }, cancellationToken: Cancel));
        }

        var db = await OpenAsync();

        Assert.Equal(Versions(db).Where(v => v > 1), db.AppliedMigrations);
        Assert.Equal(Versions(db), await QueryAsync<int>(db, "SELECT version FROM schema_version ORDER BY version"));
        Same.Region(
            new Region("regio-oud", "Regio Oud", [new Municipality(TestData.Nijmegen, "Nijmegen", 179_073)], [], new LoadLimits(3, 2.75m)),
            (await db.Regions.GetRegionAsync("regio-oud", Cancel))!);
        // The new table works on the migrated file.
        var run = new MatchRunRecord(
            new MatchRunSummary(MatchRunId.New(DateTimeOffset.UnixEpoch), "regio-oud", DateTimeOffset.UnixEpoch,
                new Party(PartyKind.RegionalBoard, "regio-oud"), new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31)),
                new string('0', 64), 1, "feasible", 0, 1),
            "{}", "{}", "{}");
        await db.MatchRuns.CreateMatchRunAsync(run, Cancel);
        Assert.Equal(run, await db.MatchRuns.GetMatchRunAsync("regio-oud", run.Id, Cancel));
    }

    [Fact]
    public async Task Open_DatabaseAtVersion2WithIdsUsedTwice_FailsNamingThemAndMigratesOnceTheyAreGone()
    {
        // A database as version 2 allowed it: one unit id at two corporations of a region, one reference at two municipalities.
        var db = await OpenWithRegionsAsync();
        await UndoRegionOnboardingAsync(db);
        var dropIndex = db.Dialect.Provider == StorageProvider.Sqlite ? "DROP INDEX {0}" : "DROP INDEX {0} ON {1}";
        await ExecuteAsync(db, string.Format(CultureInfo.InvariantCulture, dropIndex, "ux_units_region_unit", "units"));
        await ExecuteAsync(db, string.Format(CultureInfo.InvariantCulture, dropIndex, "ux_clients_reference", "clients"));
        foreach (var table in new[] { "units", "clients", "care_teams", "agreements", "neighbourhoods" })
        {
            if (db.Dialect.Provider == StorageProvider.SqlServer)
            {
                await ExecuteAsync(db, $"ALTER TABLE {table} DROP CONSTRAINT df_{table}_version");
            }
            await ExecuteAsync(db, $"ALTER TABLE {table} DROP COLUMN version");
        }
        await ExecuteAsync(db, "DROP TABLE region_versions");
        foreach (var table in new[] { "proposals", "pair_overrides", "audit_entries", "client_avoided_places", "simulations" })
        {
            await ExecuteAsync(db, $"DROP TABLE {table}");
        }
        await ExecuteAsync(db, "DELETE FROM schema_version WHERE version >= 3");
        await db.Stock.SaveCorporationAsync(TestData.Corporation("talis"), Cancel);
        await db.Stock.SaveCorporationAsync(TestData.Corporation("portaal"), Cancel);
        await db.Stock.CreateUnitAsync(TestData.RegionId, TestData.Unit("unit-1"), Cancel);
        await db.Stock.CreateUnitAsync(TestData.RegionId, TestData.Unit("unit-1", "portaal"), Cancel);
        await db.Stock.CreateUnitAsync(TestData.OtherRegionId, TestData.Unit("unit-2", "portaal"), Cancel);
        await db.Stock.CreateUnitAsync(TestData.RegionId, TestData.Unit("unit-2"), Cancel); // another region: allowed
        await db.Clients.CreateClientAsync(TestData.Client("desk-0001"), Cancel);
        await db.Clients.CreateClientAsync(TestData.Client("desk-0001", TestData.Heumen), Cancel);
        // Written by today's repository; version 2 had no contract form yet (version 7 adds it again).
        if (db.Dialect.Provider == StorageProvider.SqlServer)
        {
            await ExecuteAsync(db, "ALTER TABLE clients DROP CONSTRAINT df_clients_contract_form");
        }
        await ExecuteAsync(db, "ALTER TABLE clients DROP COLUMN contract_form");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(OpenAsync);

        Assert.Contains("Migration 0003 (region_unique_ids) cannot run", error.Message, StringComparison.Ordinal);
        Assert.Contains($"unit id unit-1 in region {TestData.RegionId} (corporations portaal, talis)", error.Message, StringComparison.Ordinal);
        Assert.Contains("client reference desk-0001 (municipalities GM0252, GM0268)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("unit-2", error.Message, StringComparison.Ordinal);
        Assert.Equal([1, 2], await QueryAsync<int>(db, "SELECT version FROM schema_version ORDER BY version"));
        Assert.Equal(4, await CountAsync(db, "units"));

        Assert.True(await db.Stock.DeleteUnitAsync("portaal", "unit-1", Cancel));
        Assert.True(await db.Clients.DeleteClientAsync(TestData.Heumen, new ClientReference("desk-0001"), Cancel));
        var migrated = await OpenAsync();

        Assert.Equal(Versions(migrated).Where(v => v > 2), migrated.AppliedMigrations);
        await Assert.ThrowsAsync<AlreadyExistsException>(() =>
            migrated.Stock.CreateUnitAsync(TestData.RegionId, TestData.Unit("unit-1", "portaal"), Cancel));
        await Assert.ThrowsAsync<AlreadyExistsException>(() =>
            migrated.Clients.CreateClientAsync(TestData.Client("desk-0001", TestData.Heumen), Cancel));
    }

    // Before version 7 an override lifted the pair's proposals that ended at or before it, by time; the migration marks
    // exactly those, so a database upgraded in place excludes the same pairs as before.
    [Fact]
    public async Task Open_DatabaseAtVersion6WithAnOverride_MarksTheProposalsItLiftedByTime()
    {
        var db = await OpenWithRegionsAsync();
        var before = ProposalData.Draft(1) with { State = ProposalState.DeclinedByClient, UpdatedAt = ProposalData.Morning };
        var after = ProposalData.Draft(2) with { State = ProposalState.DeclinedByCorporation, UpdatedAt = ProposalData.Morning.AddHours(2) };
        var otherPair = ProposalData.Draft(3, unit: "unit-2") with { State = ProposalState.Withdrawn, UpdatedAt = ProposalData.Morning };
        foreach (var proposal in new[] { before, after, otherPair })
        {
            await db.Proposals.CreateProposalAsync(proposal, ProposalData.Audit(proposal), Cancel);
        }
        await ExecuteAsync(db, "INSERT INTO pair_overrides (region_id, municipality_code, client_ref, corporation_id, unit_id, justification, decided_by, decided_at)"
            + $" VALUES ('{TestData.RegionId}', '{TestData.Nijmegen}', 'desk-0001', 'talis', 'unit-1', 'Toch passend.', 'MunicipalDesk:GM0268',"
            + $" '{ProposalData.Morning.AddHours(1).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture)}')");
        if (db.Dialect.Provider == StorageProvider.SqlServer)
        {
            await ExecuteAsync(db, "ALTER TABLE clients DROP CONSTRAINT df_clients_contract_form");
            await ExecuteAsync(db, "ALTER TABLE proposals DROP CONSTRAINT df_proposals_exclusion_lifted");
        }
        await ExecuteAsync(db, "ALTER TABLE clients DROP COLUMN contract_form");
        await ExecuteAsync(db, "ALTER TABLE proposals DROP COLUMN exclusion_lifted");
        await ExecuteAsync(db, "DELETE FROM schema_version WHERE version = 7");

        var migrated = await OpenAsync();

        Assert.Equal([7], migrated.AppliedMigrations);
        var unlifted = await migrated.Proposals.ListUnliftedProposalsInStatesAsync(TestData.RegionId, ProposalStates.Ended, Cancel);
        Assert.Equal([after.Id, otherPair.Id], unlifted.Select(p => p.Id));
    }

    /// <summary>Every version the provider's scripts have, in order.</summary>
    private static IReadOnlyList<int> Versions(MatchingDatabase db) => [.. MigrationScripts.For(db.Dialect.Provider).Select(s => s.Version)];

    [Fact]
    public async Task Open_DatabaseAtVersion6WithCorporations_PutsThemInTheRegionOfTheirUnitsWithTheirMunicipalities()
    {
        var db = await OpenWithRegionsAsync();
        await UndoRegionOnboardingAsync(db);
        await db.Stock.SaveCorporationAsync(TestData.Corporation("talis"), Cancel);
        await db.Stock.SaveCorporationAsync(TestData.Corporation("zonder-woningen"), Cancel);
        await db.Stock.CreateUnitAsync(TestData.RegionId, TestData.Unit("unit-1"), Cancel);
        await db.Stock.CreateUnitAsync(TestData.RegionId, TestData.Unit("unit-2"), Cancel);

        var migrated = await OpenAsync();

        Assert.Equal([8], migrated.AppliedMigrations);
        var talis = await migrated.Corporations.GetCorporationAsync(TestData.RegionId, "talis", Cancel);
        Assert.Equal(new HousingCorporation("talis", TestData.Corporation("talis").Name, [TestData.Nijmegen]), talis!.Value);
        Assert.Equal(Versioned.FirstVersion, talis.Version);
        // Two regions are stored, so a corporation without units cannot be placed: it is in none, not guessed.
        Assert.Null(await migrated.Corporations.GetCorporationAsync(TestData.RegionId, "zonder-woningen", Cancel));
        Assert.Null(await migrated.Corporations.GetCorporationAsync(TestData.OtherRegionId, "zonder-woningen", Cancel));
        Assert.Equal(Versioned.FirstVersion, (await migrated.Regions.GetVersionedRegionAsync(TestData.RegionId, Cancel))!.Version);
    }

    /// <summary>Takes back what migration 8 added, so a test can build a database as an earlier version left it.</summary>
    private async Task UndoRegionOnboardingAsync(MatchingDatabase db)
    {
        var sqlServer = db.Dialect.Provider == StorageProvider.SqlServer;
        await ExecuteAsync(db, "DROP TABLE corporation_municipalities");
        await ExecuteAsync(db, sqlServer ? "DROP INDEX ix_corporations_region ON corporations" : "DROP INDEX ix_corporations_region");
        foreach (var (table, column) in new[] { ("corporations", "region_id"), ("corporations", "version"), ("regions", "version"), ("neighbourhoods", "inhabitants_count_year") })
        {
            if (sqlServer && column == "version")
            {
                await ExecuteAsync(db, $"ALTER TABLE {table} DROP CONSTRAINT df_{table}_version");
            }
            await ExecuteAsync(db, $"ALTER TABLE {table} DROP COLUMN {column}");
        }
        await ExecuteAsync(db, "DELETE FROM schema_version WHERE version = 8");
    }
}

public sealed class MigrationTestsSqlite() : MigrationTests(new SqliteTestStore());

public sealed class MigrationTestsSqlServer() : MigrationTests(new SqlServerTestStore());
