using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.Application;

/// <summary>
/// What a corporation says about a unit: everything but the neighbourhood, which is always computed from the
/// location when the unit is placed.
/// </summary>
public sealed record UnitDraft(
    GeoPoint Location,
    DwellingType DwellingType,
    int Rooms,
    UnitAccess Access,
    UnitRent Rent,
    TenancyKind Tenancy,
    ContractForm ContractForm,
    DateOnly AvailableFrom,
    UnitStatus Status)
{
    public static UnitDraft From(HousingUnit unit) => new(
        unit.Location, unit.DwellingType, unit.Rooms, unit.Access, unit.Rent, unit.Tenancy, unit.ContractForm, unit.AvailableFrom, unit.Status);

    public HousingUnit Place(NeighbourhoodLocator locator, string corporationId, string unitId) =>
        HousingUnit.Place(locator, unitId, corporationId, Location, DwellingType, Rooms, Access, Rent, Tenancy, ContractForm, AvailableFrom, Status);
}
