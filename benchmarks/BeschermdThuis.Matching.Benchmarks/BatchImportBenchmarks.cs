using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BeschermdThuis.Matching.Api.V1;
using BeschermdThuis.Matching.Benchmarks.Workloads;
using BeschermdThuis.Matching.Cli.Transfer;
using BeschermdThuis.Matching.DemoRegion;
using BeschermdThuis.Matching.DemoRegion.Population;
using BeschermdThuis.Matching.Domain.Parties;
using ProtoDate = Google.Type.Date;

namespace BeschermdThuis.Matching.Benchmarks;

/// <summary>
/// Issue 12, item 4 and 5: 1,000 units in one BatchCreateUnits call against the baseline of 1,000 CreateUnit calls,
/// both over gRPC to the real server host in memory (<see cref="InProcessMatchingServer"/>, a real SQLite file), and
/// a 5,000-row unit file imported as <c>import units</c> does it (read with Sylvan.Data.Csv, checked in chunks of 1,000 by the
/// batch use case, stored in one transaction). Every invocation writes new unit ids into the same database.
/// </summary>
[MemoryDiagnoser]
// One invocation writes thousands of rows: time single invocations (no pilot stage), a few of them.
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class BatchImportBenchmarks
{
    public const int BatchSize = 1000;
    public const int FileRows = 5000;
    public const string Corporation = "waalboog";

    private static readonly Party Waalboog = new(PartyKind.HousingCorporation, Corporation);

    private InProcessMatchingServer _server = null!;
    private StockService.StockServiceClient _stock = null!;
    private string _file = "";
    private int _round;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        var region = RegioNijmegen.Load();
        var population = DemoPopulation.Generate(region, DemoPopulation.DefaultSeed, new DemoPopulationSize(20, 10), new DateOnly(2026, 10, 1));
        _server = await InProcessMatchingServer.StartAsync(region, population);
        _stock = new StockService.StockServiceClient(_server.As(Waalboog));
        _file = Path.Combine(_server.Directory, "units-5000.csv");
        await File.WriteAllLinesAsync(_file, [string.Join(';', UnitColumns.Names), .. Enumerable.Range(0, FileRows).Select(Row)]);
    }

    [GlobalCleanup]
    public void Cleanup() => _server.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "1,000 CreateUnit calls")]
    public async Task<int> SingleCreates()
    {
        var round = Interlocked.Increment(ref _round);
        for (var i = 0; i < BatchSize; i++)
        {
            await _stock.CreateUnitAsync(new CreateUnitRequest { Parent = $"corporations/{Corporation}", UnitId = $"single-{round}-{i}", Unit = Unit(i) });
        }
        return BatchSize;
    }

    [Benchmark(Description = "1 BatchCreateUnits of 1,000")]
    public async Task<int> BatchCreate()
    {
        var round = Interlocked.Increment(ref _round);
        var request = new BatchCreateUnitsRequest { Parent = $"corporations/{Corporation}" };
        request.Requests.AddRange(Enumerable.Range(0, BatchSize).Select(i => new CreateUnitRequest { UnitId = $"batch-{round}-{i}", Unit = Unit(i) }));
        return (await _stock.BatchCreateUnitsAsync(request)).Units.Count;
    }

    [Benchmark(Description = "import units: a 5,000-row file")]
    public async Task<int> ImportFile()
    {
        var round = Interlocked.Increment(ref _round);
        var rows = TableFile.Read(_file)
            .Select(r => r with { Cells = new Dictionary<string, string>(r.Cells) { ["unit_id"] = $"file-{round}-{r.Cells["unit_id"]}" } })
            .ToList();
        await using var local = await LocalTransfer.OpenAsync(Path.Combine(_server.Directory, "matching.db"), _server.Region.Region.Id, CancellationToken.None);
        return await FileImport.UnitsAsync(local, Waalboog, rows, dryRun: false, CancellationToken.None);
    }

    private static Unit Unit(int i) => new()
    {
        Location = new Google.Type.LatLng { Latitude = 51.8477, Longitude = 5.8636 },
        DwellingType = DwellingType.Independent,
        Rooms = 1 + (i % 4),
        StepFree = i % 2 == 0,
        NetRentCents = 60_000 + (i % 100) * 100,
        Tenancy = TenancyKind.Indefinite,
        ContractForm = ContractForm.OwnName,
        AvailableFrom = new ProtoDate { Year = 2026, Month = 10, Day = 1 },
    };

    private static string Row(int i) => string.Join(';',
        $"u-{i:00000}", "51,8477", "5,8636", "independent", (1 + (i % 4)).ToString(CultureInfo.InvariantCulture), "0", i % 2 == 0 ? "ja" : "nee",
        (600 + (i % 100)).ToString(CultureInfo.InvariantCulture) + ",50", "0,00", "indefinite", "own-name", "2026-10-01", "available");
}
