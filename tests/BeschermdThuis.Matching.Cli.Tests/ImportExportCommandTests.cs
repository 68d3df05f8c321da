using System.Text;
using System.Text.RegularExpressions;
using BeschermdThuis.Matching.Cli.Commands;
using BeschermdThuis.Matching.Cli.Transfer;
using BeschermdThuis.Matching.DemoRegion;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Storage;

namespace BeschermdThuis.Matching.Cli.Tests;

/// <summary>
/// import and export (issue 12, item 5) on a database with the region and its corporations but no units or clients:
/// the shipped samples import, an export imports again unchanged, and a wrong row stores nothing.
/// </summary>
public sealed partial class ImportExportCommandTests
{
    private const string Corporation = "waalboog";

    private static readonly Party Waalboog = new(PartyKind.HousingCorporation, Corporation);

    private static readonly Party NijmegenDesk = new(PartyKind.MunicipalDesk, "GM0268");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Sample(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "samples", name);
            if (File.Exists(path))
            {
                return path;
            }
        }
        throw new FileNotFoundException($"samples/{name} not found above {AppContext.BaseDirectory}");
    }

    /// <summary>A database with the region, its neighbourhoods and the demo's corporation, and nothing else.</summary>
    private static async Task<string> RegionOnlyAsync(TemporaryDirectory dir, string name)
    {
        var path = dir.File(name);
        var region = RegioNijmegen.Load();
        await using var database = await MatchingDatabase.OpenAsync(DatabaseOption.SqliteFile(path), Ct);
        await database.Regions.SaveRegionAsync(region.Region, Ct);
        await database.Regions.SaveNeighbourhoodsAsync(region.Region.Id, region.Neighbourhoods, Ct);
        await database.Stock.SaveCorporationAsync(new HousingCorporation(Corporation, "Woonstichting Waalboog (fictief)"), Ct);
        return path;
    }

    private static async Task ImportAsync(string database, string units, string clients)
    {
        await using var local = await LocalTransfer.OpenAsync(database, "regio-nijmegen", Ct);
        await FileImport.UnitsAsync(local, Waalboog, TableFile.Read(units), false, Ct);
        await FileImport.ClientsAsync(local, NijmegenDesk, TableFile.Read(clients), false, Ct);
    }

    private static async Task ExportAsync(string database, string units, string clients, char separator = ';')
    {
        await using var local = await LocalTransfer.OpenAsync(database, "regio-nijmegen", Ct);
        await FileExport.UnitsAsync(local, Waalboog, units, separator, Ct);
        await FileExport.ClientsAsync(local, NijmegenDesk, clients, separator, Ct);
    }

    [Fact]
    public async Task Export_ThenImport_RoundTrips_InCsvWithEitherSeparator_AndInJson()
    {
        using var dir = new TemporaryDirectory();
        var first = await RegionOnlyAsync(dir, "first.db");
        await ImportAsync(first, Sample("units.csv"), Sample("clients.csv"));
        await ExportAsync(first, dir.File("units.csv"), dir.File("clients.csv"));

        foreach (var (name, units, clients, separator) in new[]
                 {
                     ("semicolon", "units.csv", "clients.csv", ';'),
                     ("comma", "units-comma.csv", "clients-comma.csv", ','),
                     ("json", "units.json", "clients.json", ';'),
                 })
        {
            if (name != "semicolon")
            {
                await ExportAsync(first, dir.File(units), dir.File(clients), separator);
            }
            var again = await RegionOnlyAsync(dir, $"again-{name}.db");
            await ImportAsync(again, dir.File(units), dir.File(clients));
            await ExportAsync(again, dir.File($"again-{name}-units.csv"), dir.File($"again-{name}-clients.csv"));

            Assert.Equal(await File.ReadAllTextAsync(dir.File("units.csv"), Ct), await File.ReadAllTextAsync(dir.File($"again-{name}-units.csv"), Ct));
            Assert.Equal(await File.ReadAllTextAsync(dir.File("clients.csv"), Ct), await File.ReadAllTextAsync(dir.File($"again-{name}-clients.csv"), Ct));
        }
        Assert.Contains(";712,50;", await File.ReadAllTextAsync(dir.File("units.csv"), Ct), StringComparison.Ordinal);
        Assert.Contains(",712.50,", await File.ReadAllTextAsync(dir.File("units-comma.csv"), Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_SampleFiles_StoresWhatTheRowsSay()
    {
        using var dir = new TemporaryDirectory();
        var database = await RegionOnlyAsync(dir, "samples.db");

        await ImportAsync(database, Sample("units.csv"), Sample("clients.csv"));

        await using var store = await MatchingDatabase.OpenAsync(DatabaseOption.SqliteFile(database), Ct);
        var units = (await store.Stock.ListUnitsAsync(Corporation, PageRequest.First(100), Ct)).Items;
        Assert.Equal(12, units.Count);
        var first = units[0].Value;
        Assert.Equal("wb-s001", first.Id);
        Assert.Equal(69_030, first.Rent.NetRent.Value);
        Assert.Equal(2_500, first.Rent.ServiceCosts.Value);
        Assert.Equal(TenancyKind.Temporary, first.Tenancy);
        Assert.Equal(ContractForm.FlipContract, first.ContractForm);
        Assert.Equal(new DateOnly(2026, 9, 1), first.AvailableFrom);
        var client = (await store.Clients.GetClientAsync(new MunicipalityCode("GM0268"), new ClientReference("nm-s001"), Ct))!;
        Assert.Equal(["BU02680101", "GM0268"], client.Wishes.Areas.OrderBy(a => a.Rank).Select(a => a.Area.Code));
        Assert.Equal([DwellingType.Independent, DwellingType.Clustered], client.Wishes.DwellingTypes.OrderBy(d => d.Rank).Select(d => d.DwellingType));
        Assert.Equal("BU02680205", client.Recovery.AvoidOrigin!.Origin.Value);
        Assert.Equal(500, client.Recovery.AvoidOrigin.RadiusMetres);
        var anchor = Assert.Single(client.Recovery.SupportAnchors);
        Assert.Equal((SupportAnchorKind.CareTeamBase, 51.8245, 5.8606, 5000), (anchor.Kind, anchor.Location.Latitude, anchor.Location.Longitude, anchor.MaxDistanceMetres));
        Assert.Equal(ConsentScope.Needs | ConsentScope.ReadinessDate, client.Consent);
        Assert.Equal(ContractForm.FlipContract, client.ContractForm);
        var place = Assert.Single(client.Recovery.AvoidPlaces);
        Assert.Equal(400, place.RadiusMetres);
        Assert.True(Math.Abs(place.Location.Latitude - 51.8390) < 1e-4 && Math.Abs(place.Location.Longitude - 5.8612) < 2e-4, $"{place.Location}");
        var second = (await store.Clients.GetClientAsync(new MunicipalityCode("GM0268"), new ClientReference("nm-s002"), Ct))!;
        Assert.Equal((ContractForm.OwnName, 0), (second.ContractForm, second.Recovery.AvoidPlaces.Count));
    }

    [Fact]
    public async Task Import_OneBadRow_StoresNothing_AndNamesTheRowAndColumn()
    {
        using var dir = new TemporaryDirectory();
        var database = await RegionOnlyAsync(dir, "bad.db");
        var lines = (await File.ReadAllLinesAsync(Sample("clients.csv"), Ct)).ToList();
        lines[4] = lines[4].Replace("BU02680205|BU02680101", "BU03630000|BU02680101", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(dir.File("clients.csv"), lines, Ct);

        await using var local = await LocalTransfer.OpenAsync(database, "regio-nijmegen", Ct);
        var e = await Assert.ThrowsAsync<RowErrorsException>(() =>
            FileImport.ClientsAsync(local, NijmegenDesk, TableFile.Read(dir.File("clients.csv")), false, Ct));

        var error = Assert.Single(e.Errors);
        Assert.Equal((5, "wished_areas"), (error.Row, error.Column));
        Assert.Empty((await local.Database.Clients.ListClientsAsync(new MunicipalityCode("GM0268"), PageRequest.First(10), Ct)).Items);
    }

    [Fact]
    public async Task DryRun_FileWith20PlantedErrors_ListsEveryBadRow_AndStoresNothing()
    {
        using var dir = new TemporaryDirectory();
        var database = await RegionOnlyAsync(dir, "dry.db");
        var (file, expected) = await PlantedErrorsFileAsync(dir);

        var outcome = await CliProcess.RunAsync(dir.Path, "import", "units", file, "--as", $"corporation:{Corporation}", "--database", database, "--dry-run");

        Assert.True(outcome.ExitCode == 2, outcome.StandardError + outcome.StandardOutput);
        var reported = ReportLine().Matches(outcome.StandardOutput).Select(m => (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value)).ToList();
        Assert.Equal(expected, reported);
        Assert.Contains("20 error(s) in 20 row(s)", outcome.StandardError, StringComparison.Ordinal);
        await using var store = await MatchingDatabase.OpenAsync(DatabaseOption.SqliteFile(database), Ct);
        Assert.Empty((await store.Stock.ListUnitsAsync(Corporation, PageRequest.First(10), Ct)).Items);

        var valid = await CliProcess.RunAsync(dir.Path, "import", "units", Sample("units.csv"), "--as", $"corporation:{Corporation}", "--database", database, "--dry-run");
        Assert.True(valid.ExitCode == 0, valid.StandardError + valid.StandardOutput);
        Assert.Contains("12 units checked: no errors; nothing stored (dry run)", valid.StandardOutput, StringComparison.Ordinal);
        Assert.Empty((await store.Stock.ListUnitsAsync(Corporation, PageRequest.First(10), Ct)).Items);
    }

    /// <summary>60 valid rows, then one error planted in every other row from row 3 (the header is row 1): 20 in all.</summary>
    private static async Task<(string File, List<(int Row, string Column)> Expected)> PlantedErrorsFileAsync(TemporaryDirectory dir)
    {
        var sample = await File.ReadAllLinesAsync(Sample("units.csv"), Ct);
        var header = sample[0].TrimStart('\uFEFF');
        var columns = header.Split(';');
        var rows = Enumerable.Range(0, 60).Select(i =>
        {
            var cells = sample[1 + (i % 12)].Split(';');
            cells[0] = $"dry-{i:000}";
            return cells;
        }).ToList();
        (string Column, string Value)[] plants =
        [
            ("net_rent", "abc"), ("rooms", "0"), ("latitude", "52,3731"), ("dwelling_type", "villa"), ("available_from", "31-02-2026"),
            ("step_free", "misschien"), ("tenancy", "forever"), ("contract_form", ""), ("unit_id", "Bad Id"), ("net_rent", "712,505"),
            ("floor", "61"), ("service_costs", "-1"), ("rooms", "twee"), ("status", "sold"), ("latitude", ""),
            ("net_rent", "1.234,56"), ("available_from", ""), ("dwelling_type", ""), ("rooms", "13"), ("unit_id", "dry-000"),
        ];
        var expected = new List<(int, string)>();
        for (var p = 0; p < plants.Length; p++)
        {
            var index = 1 + (2 * p);
            rows[index][Array.IndexOf(columns, plants[p].Column)] = plants[p].Value;
            if (plants[p].Column == "latitude" && plants[p].Value.Length > 0)
            {
                rows[index][Array.IndexOf(columns, "longitude")] = "4,8924";
            }
            expected.Add((index + 2, plants[p].Column));
        }
        var file = dir.File("planted.csv");
        await File.WriteAllLinesAsync(file, [header, .. rows.Select(r => string.Join(';', r))], new UTF8Encoding(true), Ct);
        return (file, expected);
    }

    [GeneratedRegex(@"^row (\d+), (\w+):", RegexOptions.Multiline)]
    private static partial Regex ReportLine();
}
