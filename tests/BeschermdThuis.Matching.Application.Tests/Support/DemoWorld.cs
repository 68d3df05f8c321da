using BeschermdThuis.Matching.Application.Matching;
using BeschermdThuis.Matching.Application.Proposals;
using BeschermdThuis.Matching.DemoRegion;
using BeschermdThuis.Matching.DemoRegion.Population;
using BeschermdThuis.Matching.Domain.Affordability;
using BeschermdThuis.Matching.Domain.Proposals;
using BeschermdThuis.Matching.Solver.Problem;
using BeschermdThuis.Matching.Storage;

namespace BeschermdThuis.Matching.Application.Tests.Support;

/// <summary>
/// The use cases wired as the server wires them, on a temporary SQLite file seeded with a small demo population,
/// without any transport. Shared by the tests of one class and deleted afterwards.
/// </summary>
public sealed class DemoWorld : IAsyncLifetime
{
    public static readonly DateOnly ReferenceDate = new(2026, 10, 1);

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"beschermdthuis-application-{Guid.NewGuid():N}.db");
    private MatchingDatabase? _database;

    public const string RegionId = MatchingOptions.DefaultRegionId;

    public DemoPopulation Population { get; } = DemoPopulation.Generate(RegioNijmegen.Load(), seed: 7, new DemoPopulationSize(60, 25), ReferenceDate);

    public MatchingDatabase Database => _database ?? throw new InvalidOperationException("not initialised");

    public RegionCatalog Catalog { get; private set; } = null!;

    public AffordabilityPolicy Affordability { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await MatchingDatabase.OpenAsync(StorageOptions.SqliteFile(_path), CancellationToken.None);
        await DemoSeeder.SeedAsync(_database, RegioNijmegen.Load(), Population, CancellationToken.None);
        Catalog = new RegionCatalog(_database.Regions, new MatchingOptions(RegionId));
        Affordability = AffordabilityPolicyJson.Parse(await File.ReadAllTextAsync(DefaultFiles.Resolve(DefaultFiles.AffordabilityConfig)));
    }

    public StockApplicationService Stock() => new(Database.Stock, Database.Proposals, Catalog);

    public ClientApplicationService Clients() => new(Database.Clients, Database.CareTeams, Database.Proposals, Catalog, Affordability);

    public AgreementApplicationService Agreements() => new(Database.Agreements, Database.Stock, Catalog);

    public CareTeamApplicationService CareTeams() => new(Database.CareTeams, Database.Clients, Catalog);

    public RegionApplicationService Regions() => new(Database.Regions, Database.Stock, Database.Clients, Catalog, TimeProvider.System);

    public CorporationApplicationService Corporations() => new(Database.Corporations, Catalog, TimeProvider.System);

    public static ProposalPolicy ProposalPolicy() => ProposalPolicyJson.Load(DefaultFiles.Resolve(DefaultFiles.ProposalPolicyConfig));

    public MatchInput Input() =>
        new(Catalog, Database.Stock, Database.Clients, Database.CareTeams, Database.Agreements, Database.Proposals, ProposalPolicy(), Affordability);

    public MatchingApplicationService Matching(TimeProvider? time = null) => new(
        Input(), Database.MatchRuns, Database.MatchLock, Database.AuditTrail, Catalog,
        MatchPolicyJson.Load(DefaultFiles.Resolve(DefaultFiles.MatchingPolicyConfig)), time ?? TimeProvider.System);

    /// <summary>The demo's placement period with the 2025 rent limits and a short time limit: a real match in a few seconds.</summary>
    public ClientPseudonyms Pseudonyms { get; } = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    public ProposalApplicationService Proposals(TimeProvider? time = null) => new(
        Database.Proposals, Database.MatchRuns, Database.Stock, Database.Clients, Database.CareTeams, new MatchingOptions(RegionId),
        ProposalPolicy(), Pseudonyms, time ?? TimeProvider.System);

    public Erasure.ClientErasureApplicationService Erasure() => new(
        Database.Clients, Database.Proposals, Database.MatchRuns, Database.MatchLock, Database.ClientErasure, new MatchingOptions(RegionId),
        Pseudonyms, TimeProvider.System);

    /// <summary>The SQLite file behind <see cref="Database"/>.</summary>
    public string FilePath => _path;

    public AuditApplicationService Audit() => new(Database.AuditTrail, Database.Proposals, new MatchingOptions(RegionId), Pseudonyms);

    public static MatchRunRequest MatchRequest() =>
        new(RegionId, new(ReferenceDate, ReferenceDate.AddMonths(3).AddDays(-1)), TimeSpan.FromSeconds(10), RentYear: 2025, AsOf: ReferenceDate);

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
