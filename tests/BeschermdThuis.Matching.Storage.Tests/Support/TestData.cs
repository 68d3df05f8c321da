using BeschermdThuis.Matching.Domain.Agreements;
using BeschermdThuis.Matching.Domain.Care;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Stock;
using NetTopologySuite.Geometries;

namespace BeschermdThuis.Matching.Storage.Tests.Support;

/// <summary>
/// Small hand-made test data around Nijmegen (lon ~5.86, lat ~51.84), built with the domain constructors.
/// Coordinates carry many significant digits so that any rounding on the way through the database shows.
/// </summary>
public static class TestData
{
    public const string RegionId = "regio-nijmegen";
    public const string OtherRegionId = "regio-arnhem";

    // An offset with all 17 significant digits in play.
    private const double Jitter = 0.000000123456789012345;

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public static readonly MunicipalityCode Nijmegen = new("GM0268");
    public static readonly MunicipalityCode Heumen = new("GM0252");
    public static readonly MunicipalityCode Arnhem = new("GM0202");

    public static Region Region() => new(
        RegionId,
        "Regio Nijmegen",
        [new Municipality(Nijmegen, "Nijmegen", 179_073), new Municipality(Heumen, "Heumen", null)],
        [new District(new DistrictCode("WK026801"), "Stadscentrum"), new District(new DistrictCode("WK026802"), "Oost")],
        new LoadLimits(3, 2.75m));

    public static Region OtherRegion() => new(
        OtherRegionId, "Regio Arnhem", [new Municipality(Arnhem, "Arnhem", 164_000)], [], new LoadLimits(2, 1.5m));

    public static Polygon Square(double lon, double lat, double size) => Factory.CreatePolygon(Ring(lon, lat, size));

    /// <summary>A square with a square hole in the middle.</summary>
    public static Polygon SquareWithHole(double lon, double lat, double size) =>
        Factory.CreatePolygon(Ring(lon, lat, size), [Ring(lon + size / 4, lat + size / 4, size / 2)]);

    public static MultiPolygon TwoSquares(double lon, double lat, double size) =>
        Factory.CreateMultiPolygon([Square(lon, lat, size), SquareWithHole(lon + 2 * size, lat, size)]);

    private static LinearRing Ring(double lon, double lat, double size)
    {
        var x0 = lon + Jitter;
        var y0 = lat + Jitter;
        return Factory.CreateLinearRing(
        [
            new Coordinate(x0, y0), new Coordinate(x0 + size, y0), new Coordinate(x0 + size, y0 + size),
            new Coordinate(x0, y0 + size), new Coordinate(x0, y0),
        ]);
    }

    public static Neighbourhood Neighbourhood(string code, Geometry boundary, LoadLimits? limits = null) =>
        new(new NeighbourhoodCode(code), $"Buurt {code[^2..]}", boundary, 1_234, inhabitantsEstimated: true, 7, limits);

    public static IReadOnlyList<Neighbourhood> Neighbourhoods() =>
    [
        Neighbourhood("BU02680101", SquareWithHole(5.850, 51.835, 0.01), new LoadLimits(1, 0.125m)),
        Neighbourhood("BU02680102", TwoSquares(5.870, 51.835, 0.004)),
        new(new NeighbourhoodCode("BU02680201"), "Hengstdal", Square(5.880, 51.840, 0.01), 4_210, false, 0, null),
    ];

    public static HousingCorporation Corporation(string id = "talis") => new(id, $"Woningcorporatie {id}");

    public static HousingUnit Unit(string id, string corporationId = "talis", UnitStatus status = UnitStatus.Available) => new(
        id,
        corporationId,
        new GeoPoint(5.8612345678901234, 51.8423456789012345),
        new NeighbourhoodCode("BU02680101"),
        DwellingType.Clustered,
        3,
        new UnitAccess(2, stepFree: true),
        new UnitRent(new EuroCents(81_240), new EuroCents(4_567)),
        TenancyKind.Temporary,
        ContractForm.FlipContract,
        new DateOnly(2026, 2, 28),
        status);

    public static Client Client(string reference, MunicipalityCode? municipality = null, ClientStatus status = ClientStatus.Waiting) => new(
        new ClientReference(reference),
        municipality ?? Nijmegen,
        2,
        IncomeBand.WithinDaeb,
        new DateOnly(2026, 3, 15),
        new HousingWishes(
            [
                new AreaWish(2, AreaRef.Of(new DistrictCode("WK026802"))),
                new AreaWish(1, AreaRef.Of(new NeighbourhoodCode("BU02680201"))),
                new AreaWish(3, AreaRef.Of(Heumen)),
            ],
            [new DwellingTypeWish(1, DwellingType.HousingFirst), new DwellingTypeWish(2, DwellingType.Independent)]),
        new Needs(stepFree: true, groundFloor: false, minimumRooms: 2),
        new RecoveryConstraints(
            [AreaRef.Of(new NeighbourhoodCode("BU02680102")), AreaRef.Of(new DistrictCode("WK026801"))],
            new OriginAvoidance(new NeighbourhoodCode("BU02680101"), 750),
            3,
            [
                new SupportAnchor(SupportAnchorKind.CareTeamBase, new GeoPoint(5.8654321098765432, 51.8401234567890123), 2_500),
                new SupportAnchor(SupportAnchorKind.Family, new GeoPoint(5.9012345678901234, 51.8309876543210987), 10_000),
            ]),
        ConsentScope.Needs | ConsentScope.ReadinessDate | ConsentScope.IncomeBand | ConsentScope.ContractForm,
        "fact-centrum",
        status)
    {
        ContractForm = ContractForm.FlipContract,
    };

    /// <summary>A client with nothing optional: no wishes, needs, constraints, consent or team.</summary>
    public static Client BareClient(string reference) => new(
        new ClientReference(reference), Heumen, 1, IncomeBand.WithinPassendToewijzen, new DateOnly(2025, 12, 31),
        HousingWishes.None, Needs.None, RecoveryConstraints.None, ConsentScope.None, null, ClientStatus.Waiting);

    public static CareTeam CareTeam(string id, Geometry? area = null, params MunicipalityCode[] municipalities) => new(
        id,
        "Pro Persona",
        new ServiceArea(municipalities.Length == 0 && area is null ? [Nijmegen, Heumen] : municipalities, area),
        new GeoPoint(5.8598765432109876, 51.8387654321098765),
        40,
        37);

    public static PerformanceAgreement Agreement(string id, int? cap = 12, PriorityGroup group = PriorityGroup.ProtectedHousingOutflow) => new(
        id, "talis", Nijmegen, new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), 10, cap, group);
}
