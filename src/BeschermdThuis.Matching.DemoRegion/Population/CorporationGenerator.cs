using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.DemoRegion.Population;

/// <summary>A fictional corporation, where it has stock, and its share of the generated units.</summary>
internal sealed record DemoCorporation(HousingCorporation Corporation, IReadOnlyList<MunicipalityCode> Municipalities, double Share);

/// <summary>Four clearly fictional housing corporations (every name says "fictief").</summary>
internal static class CorporationGenerator
{
    public static IReadOnlyList<DemoCorporation> Generate() =>
    [
        Make("waalboog", "Woonstichting Waalboog (fictief)", 0.35, "GM0268", "GM1945"),
        Make("ooijweide-wonen", "Ooijweide Wonen (fictief)", 0.25, "GM0209", "GM0268", "GM0296"),
        Make("maasheggen", "Woongoed Maasheggen (fictief)", 0.20, "GM0252", "GM0296", "GM0944"),
        Make("heuvelrand", "Heuvelrand Huisvesting (fictief)", 0.20, "GM0252", "GM0268", "GM1945"),
    ];

    private static DemoCorporation Make(string id, string name, double share, params string[] municipalities) =>
        new(new HousingCorporation(id, name, [.. municipalities.Select(m => new MunicipalityCode(m))]),
            [.. municipalities.Select(m => new MunicipalityCode(m))], share);
}
