using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Application.Batches;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Stock;

namespace BeschermdThuis.Matching.Cli.Transfer;

/// <summary>
/// A unit as one row (README, "Importing stock and clients"): amounts in euros (net_rent 712,50), the location as
/// latitude and longitude (WGS84), kinds in kebab case. The neighbourhood is never a column: it is computed from the location.
/// </summary>
internal static class UnitColumns
{
    public static readonly IReadOnlyList<string> Names =
    [
        "unit_id", "latitude", "longitude", "dwelling_type", "rooms", "floor", "step_free", "net_rent", "service_costs",
        "tenancy", "contract_form", "available_from", "status",
    ];

    /// <summary>The fields the application names, as the columns that hold them.</summary>
    public static string ColumnOf(string field) => field switch
    {
        "location" => "latitude",
        "net_rent" or "net_rent_cents" => "net_rent",
        "service_costs" or "service_costs_cents" => "service_costs",
        _ => field,
    };

    public static UnitToCreate Read(TableRow row)
    {
        var cells = new Cells(row);
        var check = new RowCheck();
        var unitId = check.Cell(() => cells.Required("unit_id"), string.Empty);
        var latitude = check.Cell(() => cells.Degrees("latitude"), 0);
        var longitude = check.Cell(() => cells.Degrees("longitude"), 0);
        var location = check.Cell("latitude", () => new GeoPoint(longitude, latitude), default);
        var dwellingType = check.Cell(() => cells.Kind<DwellingType>("dwelling_type"), default);
        var rooms = check.Cell(() => cells.Int("rooms", 0), 0);
        var floor = check.Cell(() => cells.Int("floor", 0), 0);
        var stepFree = check.Cell(() => cells.Bool("step_free"), false);
        var access = check.Cell("floor", () => new UnitAccess(floor, stepFree), null);
        var netRent = check.Cell<long?>(() => cells.Cents("net_rent", 0), null);
        var serviceCosts = check.Cell<long?>(() => cells.Cents("service_costs", 0), null);
        // The amounts are checked together only when both cells are numbers, so a wrong cell is reported once.
        var rent = netRent is { } net && serviceCosts is { } costs ? check.Cell(() => RenamedRent(net, costs), null) : null;
        var tenancy = check.Cell(() => cells.Kind<TenancyKind>("tenancy"), default);
        var contractForm = check.Cell(() => cells.Kind<ContractForm>("contract_form"), default);
        var availableFrom = check.Cell(() => cells.Date("available_from"), default);
        var status = check.Cell(() => cells.Kind("status", (UnitStatus?)UnitStatus.Available), default);
        check.ThrowIfAny();
        return new UnitToCreate(unitId, new UnitDraft(location, dwellingType, rooms, access!, rent!, tenancy, contractForm, availableFrom, status));
    }

    public static IReadOnlyList<string> Write(HousingUnit unit, bool decimalComma) =>
    [
        unit.Id,
        Cells.Degrees(unit.Location.Latitude, decimalComma),
        Cells.Degrees(unit.Location.Longitude, decimalComma),
        Cells.KindName(unit.DwellingType),
        unit.Rooms.ToString(System.Globalization.CultureInfo.InvariantCulture),
        unit.Access.Floor.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Cells.Bool(unit.Access.StepFree),
        Cells.Money(unit.Rent.NetRent.Value, decimalComma),
        Cells.Money(unit.Rent.ServiceCosts.Value, decimalComma),
        Cells.KindName(unit.Tenancy),
        Cells.KindName(unit.ContractForm),
        Cells.Date(unit.AvailableFrom),
        Cells.KindName(unit.Status),
    ];

    private static UnitRent RenamedRent(long netRent, long serviceCosts)
    {
        try
        {
            return new UnitRent(new EuroCents(netRent), new EuroCents(serviceCosts));
        }
        catch (DomainValidationException e)
        {
            throw new DomainValidationException([.. e.Violations.Select(v => v with { Field = ColumnOf(v.Field) })]);
        }
    }
}
