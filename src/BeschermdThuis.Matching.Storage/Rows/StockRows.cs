using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Storage.Mapping;

namespace BeschermdThuis.Matching.Storage.Rows;

internal sealed class CorporationRow
{
    public string CorporationId { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Null for a corporation saved without a region (before migration 8, or by <c>IStockRepository.SaveCorporationAsync</c>).</summary>
    public string? RegionId { get; set; }

    /// <summary>Read only: raised by every update, never written from the domain.</summary>
    public long Version { get; set; }

    public static CorporationRow From(HousingCorporation corporation, string? regionId = null) =>
        new() { CorporationId = corporation.Id, Name = corporation.Name, RegionId = regionId };

    public HousingCorporation ToDomain() => new(CorporationId, Name);

    public HousingCorporation ToDomain(IEnumerable<CorporationMunicipalityRow> municipalities) =>
        new(CorporationId, Name, [.. municipalities.OrderBy(m => m.Ordinal).Select(m => new MunicipalityCode(m.MunicipalityCode))]);
}

internal sealed class CorporationMunicipalityRow
{
    public string CorporationId { get; set; } = "";

    public int Ordinal { get; set; }

    public string MunicipalityCode { get; set; } = "";

    public static IReadOnlyList<CorporationMunicipalityRow> From(HousingCorporation corporation) =>
        [.. corporation.Municipalities.Select((m, i) => new CorporationMunicipalityRow { CorporationId = corporation.Id, Ordinal = i, MunicipalityCode = m.Value })];
}

internal sealed class UnitRow
{
    public string CorporationId { get; set; } = "";

    public string UnitId { get; set; } = "";

    public string RegionId { get; set; } = "";

    public double Longitude { get; set; }

    public double Latitude { get; set; }

    public string NeighbourhoodCode { get; set; } = "";

    public int DwellingType { get; set; }

    public int Rooms { get; set; }

    public int FloorNumber { get; set; }

    public bool StepFree { get; set; }

    public long NetRentCents { get; set; }

    public long ServiceCostsCents { get; set; }

    public int Tenancy { get; set; }

    public int ContractForm { get; set; }

    public string AvailableFrom { get; set; } = "";

    public int Status { get; set; }

    /// <summary>Read only: raised by every update, never written from the domain.</summary>
    public long Version { get; set; }

    public static UnitRow From(string regionId, HousingUnit unit) => new()
    {
        CorporationId = unit.CorporationId,
        UnitId = unit.Id,
        RegionId = regionId,
        Longitude = unit.Location.Longitude,
        Latitude = unit.Location.Latitude,
        NeighbourhoodCode = unit.Neighbourhood.Value,
        DwellingType = (int)unit.DwellingType,
        Rooms = unit.Rooms,
        FloorNumber = unit.Access.Floor,
        StepFree = unit.Access.StepFree,
        NetRentCents = unit.Rent.NetRent.Value,
        ServiceCostsCents = unit.Rent.ServiceCosts.Value,
        Tenancy = (int)unit.Tenancy,
        ContractForm = (int)unit.ContractForm,
        AvailableFrom = StorageFormats.Date(unit.AvailableFrom),
        Status = (int)unit.Status,
    };

    public HousingUnit ToDomain() =>
        new(UnitId, CorporationId, new GeoPoint(Longitude, Latitude), new NeighbourhoodCode(NeighbourhoodCode),
            (DwellingType)DwellingType, Rooms, new UnitAccess(FloorNumber, StepFree),
            new UnitRent(new EuroCents(NetRentCents), new EuroCents(ServiceCostsCents)),
            (TenancyKind)Tenancy, (ContractForm)ContractForm, StorageFormats.Date(AvailableFrom), (UnitStatus)Status);
}
