using BeschermdThuis.Matching.Api.Grpc;
using BeschermdThuis.Matching.Api.Mapping.Enums;
using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Repositories;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.Api.Mapping;

/// <summary>Units between proto and domain. Field paths are relative to the unit message (e.g. "net_rent_cents").</summary>
public static class UnitMapping
{
    public static readonly IReadOnlySet<string> UpdatablePaths = new HashSet<string>(StringComparer.Ordinal)
    {
        "location", "dwelling_type", "rooms", "floor", "step_free", "net_rent_cents", "service_costs_cents",
        "tenancy", "contract_form", "available_from", "status",
    };

    public static UnitDraft ToDraft(V1.Unit unit)
    {
        var check = new ViolationCollector();
        var location = check.Try(() => Conversions.ToGeoPoint(unit.Location, "location"), default);
        var rent = check.Try(() => Rent(unit.NetRentCents, unit.ServiceCostsCents), null);
        var access = check.Try(() => new UnitAccess(unit.Floor, unit.StepFree), null);
        var availableFrom = check.Try(() => Conversions.ToDateOnly(unit.AvailableFrom, "available_from"), default);
        var dwellingType = check.Try(() => StockEnums.ToDomain(unit.DwellingType, "dwelling_type"), default);
        var tenancy = check.Try(() => StockEnums.ToDomain(unit.Tenancy, "tenancy"), default);
        var contractForm = check.Try(() => StockEnums.ToDomain(unit.ContractForm, "contract_form"), default);
        // A new unit without a status is offered for matching.
        var status = unit.Status == V1.UnitStatus.Unspecified ? UnitStatus.Available : check.Try(() => StockEnums.ToDomain(unit.Status, "status"), default);
        check.ThrowIfAny();
        return new UnitDraft(location, dwellingType, unit.Rooms, access!, rent!, tenancy, contractForm, availableFrom, status);
    }

    /// <summary>Takes the masked fields from the message, keeps the rest of the stored unit.</summary>
    public static UnitDraft Apply(UnitDraft current, V1.Unit unit, IReadOnlySet<string> paths)
    {
        var check = new ViolationCollector();
        var location = paths.Contains("location") ? check.Try(() => Conversions.ToGeoPoint(unit.Location, "location"), current.Location) : current.Location;
        var rent = check.Try(
            () => Rent(
                paths.Contains("net_rent_cents") ? unit.NetRentCents : current.Rent.NetRent.Value,
                paths.Contains("service_costs_cents") ? unit.ServiceCostsCents : current.Rent.ServiceCosts.Value),
            current.Rent);
        var access = check.Try(
            () => new UnitAccess(paths.Contains("floor") ? unit.Floor : current.Access.Floor, paths.Contains("step_free") ? unit.StepFree : current.Access.StepFree),
            current.Access);
        var availableFrom = paths.Contains("available_from")
            ? check.Try(() => Conversions.ToDateOnly(unit.AvailableFrom, "available_from"), current.AvailableFrom)
            : current.AvailableFrom;
        var dwellingType = paths.Contains("dwelling_type")
            ? check.Try(() => StockEnums.ToDomain(unit.DwellingType, "dwelling_type"), current.DwellingType)
            : current.DwellingType;
        var tenancy = paths.Contains("tenancy") ? check.Try(() => StockEnums.ToDomain(unit.Tenancy, "tenancy"), current.Tenancy) : current.Tenancy;
        var contractForm = paths.Contains("contract_form")
            ? check.Try(() => StockEnums.ToDomain(unit.ContractForm, "contract_form"), current.ContractForm)
            : current.ContractForm;
        var status = paths.Contains("status") ? check.Try(() => StockEnums.ToDomain(unit.Status, "status"), current.Status) : current.Status;
        check.ThrowIfAny();
        return current with
        {
            Location = location,
            Rent = rent,
            Access = access,
            AvailableFrom = availableFrom,
            DwellingType = dwellingType,
            Rooms = paths.Contains("rooms") ? unit.Rooms : current.Rooms,
            Tenancy = tenancy,
            ContractForm = contractForm,
            Status = status,
        };
    }

    public static V1.Unit ToProto(Versioned<HousingUnit> unit, string regionId)
    {
        var message = ToProto(unit.Value, regionId);
        message.Etag = ETags.Of(unit.Version);
        return message;
    }

    public static V1.Unit ToProto(HousingUnit unit, string regionId) => new()
    {
        Name = ResourceNames.Unit(unit.CorporationId, unit.Id),
        Location = Conversions.ToProto(unit.Location),
        Neighbourhood = ResourceNames.Neighbourhood(regionId, unit.Neighbourhood),
        DwellingType = StockEnums.ToProto(unit.DwellingType),
        Rooms = unit.Rooms,
        Floor = unit.Access.Floor,
        StepFree = unit.Access.StepFree,
        NetRentCents = unit.Rent.NetRent.Value,
        ServiceCostsCents = unit.Rent.ServiceCosts.Value,
        QualifyingRentCents = unit.Rent.QualifyingRent.Value,
        Tenancy = StockEnums.ToProto(unit.Tenancy),
        ContractForm = StockEnums.ToProto(unit.ContractForm),
        AvailableFrom = Conversions.ToProto(unit.AvailableFrom),
        Status = StockEnums.ToProto(unit.Status),
    };

    public static V1.Corporation ToProto(HousingCorporation corporation) => new()
    {
        Name = ResourceNames.Corporation(corporation.Id),
        DisplayName = corporation.Name,
    };

    private static UnitRent Rent(long netRentCents, long serviceCostsCents) =>
        FieldPaths.Renamed(string.Empty, () => new UnitRent(new EuroCents(netRentCents), new EuroCents(serviceCostsCents)),
            ("net_rent", "net_rent_cents"), ("service_costs", "service_costs_cents"));
}
