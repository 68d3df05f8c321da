using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;

namespace BeschermdThuis.Matching.Domain.Stock;

/// <summary>
/// A social-rent unit a corporation offers. Its neighbourhood is derived from its location by the
/// <see cref="NeighbourhoodLocator"/> (never typed in), so the two cannot disagree.
/// </summary>
public sealed record HousingUnit
{
    public HousingUnit(
        string id,
        string corporationId,
        GeoPoint location,
        NeighbourhoodCode neighbourhood,
        DwellingType dwellingType,
        int rooms,
        UnitAccess access,
        UnitRent rent,
        TenancyKind tenancy,
        ContractForm contractForm,
        DateOnly availableFrom,
        UnitStatus status)
    {
        new Validator()
            .Id(id, "unit_id")
            .Id(corporationId, "corporation_id")
            .Require(Enum.IsDefined(dwellingType), "dwelling_type", "must be one of the dwelling types")
            .InRange(rooms, DomainRanges.MinRooms, DomainRanges.MaxRooms, "rooms")
            .Require(Enum.IsDefined(tenancy), "tenancy", "must be indefinite or temporary")
            .Require(Enum.IsDefined(contractForm), "contract_form", "must be one of the contract forms")
            .Require(Enum.IsDefined(status), "status", "must be one of the unit statuses")
            .ThrowIfInvalid();
        Id = id;
        CorporationId = corporationId;
        Location = location;
        Neighbourhood = neighbourhood;
        DwellingType = dwellingType;
        Rooms = rooms;
        Access = access;
        Rent = rent;
        Tenancy = tenancy;
        ContractForm = contractForm;
        AvailableFrom = availableFrom;
        Status = status;
    }

    public string Id { get; }

    public string CorporationId { get; }

    public GeoPoint Location { get; }

    public NeighbourhoodCode Neighbourhood { get; }

    public DwellingType DwellingType { get; }

    public int Rooms { get; }

    public UnitAccess Access { get; }

    public UnitRent Rent { get; }

    public TenancyKind Tenancy { get; }

    public ContractForm ContractForm { get; }

    public DateOnly AvailableFrom { get; }

    public UnitStatus Status { get; init; }

    /// <summary>Creates the unit with its neighbourhood looked up from the location; rejects a point outside the region.</summary>
    public static HousingUnit Place(
        NeighbourhoodLocator locator,
        string id,
        string corporationId,
        GeoPoint location,
        DwellingType dwellingType,
        int rooms,
        UnitAccess access,
        UnitRent rent,
        TenancyKind tenancy,
        ContractForm contractForm,
        DateOnly availableFrom,
        UnitStatus status = UnitStatus.Available) =>
        new(id, corporationId, location, locator.LocateOrReject(location, "location"), dwellingType, rooms, access, rent,
            tenancy, contractForm, availableFrom, status);
}
