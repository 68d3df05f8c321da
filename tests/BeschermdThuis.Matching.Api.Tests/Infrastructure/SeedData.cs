using BeschermdThuis.Matching.DemoRegion;
using BeschermdThuis.Matching.Domain.Agreements;
using BeschermdThuis.Matching.Domain.Care;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Parties;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Storage;

namespace BeschermdThuis.Matching.Api.Tests.Infrastructure;

/// <summary>
/// The stored world every API test starts from: the real Rijk van Nijmegen geography, two corporations with a few
/// units, clients of two desks, one care team and two agreements. Small on purpose, so tests can name each item.
/// </summary>
public static class SeedData
{
    public const string RegionId = "regio-nijmegen";
    public const string CorporationA = "alpha-wonen";
    public const string CorporationB = "beta-wonen";
    public const string UnitA = "a-1";
    public const string UnitB = "b-1";
    public const string UnitBReserved = "b-reserved";
    public const string CareTeam = "fact-nijmegen";
    public const string ClientNijmegen = "client-n-1";
    public const string ClientNijmegenProposed = "client-n-proposed";
    public const string ClientBeuningen = "client-b-1";
    public const string AgreementA = "agr-alpha-2026";
    public const string AgreementB = "agr-beta-2026";
    public const long UnitBNetRentCents = 61_234;

    public static readonly MunicipalityCode Nijmegen = new("GM0268");
    public static readonly MunicipalityCode Beuningen = new("GM0209");
    public static readonly NeighbourhoodCode Stadscentrum = new("BU02680101");
    public static readonly NeighbourhoodCode BeuningenCentrum = new("BU02090111");

    public static readonly Party CorporationAParty = new(PartyKind.HousingCorporation, CorporationA);
    public static readonly Party CorporationBParty = new(PartyKind.HousingCorporation, CorporationB);
    public static readonly Party NijmegenDesk = new(PartyKind.MunicipalDesk, "GM0268");
    public static readonly Party BeuningenDesk = new(PartyKind.MunicipalDesk, "GM0209");
    public static readonly Party Board = new(PartyKind.RegionalBoard, RegionId);
    public static readonly Party Administrator = new(PartyKind.Administrator, "beheer");

    private static readonly Lazy<DemoRegionData> Demo = new(RegioNijmegen.Load);

    public static DemoRegionData Region => Demo.Value;

    /// <summary>A point inside the neighbourhood (its interior point), so the locator must return that neighbourhood.</summary>
    public static GeoPoint PointIn(NeighbourhoodCode code)
    {
        var point = Region.Neighbourhood(code).Boundary.InteriorPoint;
        return new GeoPoint(point.X, point.Y);
    }

    public static async Task SeedAsync(MatchingDatabase db)
    {
        var region = Region;
        await db.Regions.SaveRegionAsync(region.Region);
        await db.Regions.SaveNeighbourhoodsAsync(RegionId, region.Neighbourhoods.Select(n => n.Code == Stadscentrum
            ? new Neighbourhood(n.Code, n.Name, n.Boundary, n.Inhabitants, n.InhabitantsEstimated, 3, n.LimitsOverride)
            : n));
        await db.Corporations.SaveCorporationAsync(RegionId, new HousingCorporation(CorporationA, "Alpha Wonen", [Nijmegen]));
        await db.Corporations.SaveCorporationAsync(RegionId, new HousingCorporation(CorporationB, "Beta Wonen", [Beuningen]));

        var locator = region.CreateLocator();
        await db.Stock.CreateUnitAsync(RegionId, Unit(locator, CorporationA, UnitA, PointIn(Stadscentrum), 55_000, UnitStatus.Available));
        await db.Stock.CreateUnitAsync(RegionId, Unit(locator, CorporationB, UnitB, PointIn(BeuningenCentrum), UnitBNetRentCents, UnitStatus.Available));
        await db.Stock.CreateUnitAsync(RegionId, Unit(locator, CorporationB, UnitBReserved, PointIn(BeuningenCentrum), 58_000, UnitStatus.Reserved));

        await db.CareTeams.CreateCareTeamAsync(RegionId, new CareTeam(
            CareTeam, "Pro Persona", new ServiceArea([Nijmegen], null), PointIn(Stadscentrum), 40, 10));

        await db.Clients.CreateClientAsync(Client(Nijmegen, ClientNijmegen, AreaRef.Of(Nijmegen), ClientStatus.Waiting));
        await db.Clients.CreateClientAsync(Client(Nijmegen, ClientNijmegenProposed, AreaRef.Of(Stadscentrum), ClientStatus.Proposed));
        await db.Clients.CreateClientAsync(Client(Beuningen, ClientBeuningen, AreaRef.Of(BeuningenCentrum), ClientStatus.Waiting));

        var year2026 = new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        await db.Agreements.CreateAgreementAsync(RegionId, new PerformanceAgreement(AgreementA, CorporationA, Nijmegen, year2026, 12, null, PriorityGroup.Any));
        await db.Agreements.CreateAgreementAsync(RegionId, new PerformanceAgreement(AgreementB, CorporationB, Beuningen, year2026, 4, 6, PriorityGroup.ProtectedHousingOutflow));
    }

    private static HousingUnit Unit(NeighbourhoodLocator locator, string corporation, string id, GeoPoint at, long rentCents, UnitStatus status) =>
        HousingUnit.Place(locator, id, corporation, at, DwellingType.Independent, 2, new UnitAccess(0, true),
            new UnitRent(new EuroCents(rentCents), new EuroCents(2_500)), TenancyKind.Indefinite, ContractForm.OwnName,
            new DateOnly(2026, 2, 1), status);

    private static Client Client(MunicipalityCode municipality, string reference, AreaRef wish, ClientStatus status) =>
        new(new ClientReference(reference), municipality, 1, IncomeBand.WithinPassendToewijzen, new DateOnly(2025, 9, 1),
            new HousingWishes([new AreaWish(1, wish)], []), Needs.None, RecoveryConstraints.None, ConsentScope.Needs,
            municipality == Nijmegen ? CareTeam : null, status);
}
