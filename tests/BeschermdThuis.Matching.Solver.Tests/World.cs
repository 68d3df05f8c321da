using BeschermdThuis.Matching.Domain.Affordability;
using BeschermdThuis.Matching.Domain.Agreements;
using BeschermdThuis.Matching.Domain.Care;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Solver.Eligibility;
using BeschermdThuis.Matching.Solver.Model;
using BeschermdThuis.Matching.Solver.Problem;
using BeschermdThuis.Matching.Solver.Results;
using NetTopologySuite.Geometries;

namespace BeschermdThuis.Matching.Solver.Tests;

/// <summary>
/// Small hand-made test worlds: a row of square neighbourhoods (0.01° × 0.01°, about 690 m × 1110 m) near Nijmegen,
/// built with the domain constructors, and the real configuration files.
/// </summary>
internal static class World
{
    public static readonly DateOnly Today = new(2025, 3, 1);
    public static readonly DateRange Period = new(new DateOnly(2025, 3, 1), new DateOnly(2025, 5, 31));
    public static readonly MunicipalityCode Nijmegen = new("GM0268");
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public static MatchPolicy Policy { get; } = MatchPolicyJson.Load(ConfigFile("matching-policy.json"));

    public static AffordabilityPolicy Affordability { get; } = AffordabilityPolicyJson.Parse(File.ReadAllText(ConfigFile("affordability.json")));

    public static string ConfigFile(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "config", name);
            if (File.Exists(path))
            {
                return path;
            }
        }
        throw new FileNotFoundException($"config/{name} not found above {AppContext.BaseDirectory}");
    }

    public static NeighbourhoodCode Code(int k) => new($"BU026800{k:00}");

    public static Polygon Square(double lon, double lat, double size) => Factory.CreatePolygon(
    [
        new Coordinate(lon, lat), new Coordinate(lon + size, lat), new Coordinate(lon + size, lat + size),
        new Coordinate(lon, lat + size), new Coordinate(lon, lat),
    ]);

    public static double Lon(int k) => 5.80 + (0.01 * k);

    public const double Lat = 51.80;

    /// <summary>A point inside neighbourhood k; <paramref name="dx"/> and <paramref name="dy"/> in (0, 1) across the square.</summary>
    public static GeoPoint In(int k, double dx = 0.5, double dy = 0.5) => new(Lon(k) + (0.01 * dx), Lat + (0.01 * dy));

    public static Neighbourhood Neighbourhood(int k, int existing = 0, LoadLimits? limits = null, int inhabitants = 1000) =>
        new(Code(k), $"Buurt {k}", Square(Lon(k), Lat, 0.01), inhabitants, false, existing, limits);

    public static HousingUnit Unit(
        string id, int k, decimal rent = 600m, int rooms = 2, int floor = 0, bool stepFree = true,
        DwellingType type = DwellingType.Independent, TenancyKind tenancy = TenancyKind.Indefinite,
        ContractForm contract = ContractForm.OwnName, DateOnly? available = null, string corporation = "woonwaarts",
        double dx = 0.5, double dy = 0.5, GeoPoint? at = null) =>
        new(id, corporation, at ?? In(k, dx, dy), Code(k), type, rooms, new UnitAccess(floor, stepFree),
            new UnitRent(EuroCents.FromEuros(rent), EuroCents.Zero), tenancy, contract, available ?? Today, UnitStatus.Available);

    public static Client Client(
        string reference, int daysPastReadiness = 10, int household = 1, IncomeBand band = IncomeBand.WithinPassendToewijzen,
        HousingWishes? wishes = null, Needs? needs = null, RecoveryConstraints? recovery = null, string? team = null) =>
        new(new ClientReference(reference), Nijmegen, household, band, Today.AddDays(-daysPastReadiness),
            wishes ?? HousingWishes.None, needs ?? Needs.None, recovery ?? RecoveryConstraints.None, ConsentScope.None, team, ClientStatus.Waiting);

    public static CareTeam TeamByMunicipality(string id, int free, int capacity = 20) =>
        new(id, "Pro Persona", new ServiceArea([Nijmegen], null), In(0), capacity, capacity - free);

    public static CareTeam TeamByArea(string id, int free, Geometry area, GeoPoint @base, int capacity = 20) =>
        new(id, "Iriszorg", new ServiceArea([], area), @base, capacity, capacity - free);

    public static PerformanceAgreement Agreement(string id, int target, int? cap, string corporation = "woonwaarts") =>
        new(id, corporation, Nijmegen, new DateRange(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), target, cap, PriorityGroup.Any);

    public static MatchOptions Options(int workers = 1, int seed = 1, MatchPolicy? policy = null) => new(policy ?? Policy, null, workers, seed);

    public static MatchProblem Problem(
        IReadOnlyList<Neighbourhood> neighbourhoods, IReadOnlyList<HousingUnit> units, IReadOnlyList<Client> clients,
        IReadOnlyList<CareTeam>? teams = null, IReadOnlyList<PerformanceAgreement>? agreements = null,
        IReadOnlyList<ClientUnitPair>? pinned = null, IReadOnlyList<ClientUnitPair>? excluded = null,
        MatchOptions? options = null, LoadLimits? defaults = null, IReadOnlyDictionary<string, int>? placedEarlier = null) =>
        new(defaults ?? new LoadLimits(5, 10m), neighbourhoods, units, clients, teams ?? [TeamByMunicipality("fact-nijmegen", 20)],
            agreements ?? [], Affordability, 2025, Period, Today, pinned ?? [], excluded ?? [], options ?? Options(), placedEarlier);

    public static MatchResult Solve(MatchProblem problem) => MatchEngine.Solve(problem, null, TestContext.Current.CancellationToken);

    /// <summary>The CP-SAT model the engine builds for <paramref name="problem"/>: eligible pairs, reduced, pins located.</summary>
    public static MatchModel Model(MatchProblem problem)
    {
        var index = new EligibilityIndex(problem);
        var pairs = index.FindEligiblePairs();
        var (pinned, _) = MatchEngine.LocatePins(index, pairs);
        var (reduced, scores, reducedPins) = PairReduction.Reduce(index, pairs, pinned);
        return new MatchModel(index, reduced, scores, reducedPins, withAssumptions: false);
    }

    public static ClientUnitPair Pair(string client, string unit) => new(new ClientReference(client), unit);
}
