using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Simulation.Scenarios;

namespace BeschermdThuis.Matching.Simulation.Loop;

/// <summary>Draws an offered unit from the scenario's distributions, the draws in a fixed order.</summary>
internal sealed class UnitDraw(UnitDistributions d, RegionGeography geography)
{
    public HousingUnit Draw(Random random, string id, UnitSupply supply, DateOnly offered)
    {
        var neighbourhood = geography.PickNeighbourhood(random, supply.Municipality);
        var location = geography.PointIn(random, neighbourhood);
        var dwellingType = random.Draw(d.DwellingTypes);
        var rooms = random.Draw(d.Rooms);
        var floor = random.Draw(d.Floors).Draw(random);
        var stepFree = random.Chance(floor <= 0 ? d.StepFreeChanceGroundFloor : floor >= 5 ? d.StepFreeChanceHighFloor : d.StepFreeChanceLowFloor);
        var netRent = Math.Min(d.MaxNetRentCents, d.NetRentCents.Draw(random) + ((rooms - 1) * d.NetRentPerExtraRoomCents.Draw(random)));
        var serviceCosts = random.Chance(d.NoServiceCostsChance) ? 0 : d.ServiceCostsCents.Draw(random);
        var tenancy = random.Chance(d.IndefiniteTenancyChance) ? TenancyKind.Indefinite : TenancyKind.Temporary;
        var contract = random.Draw(d.ContractForms);
        var available = offered.AddDays(d.AvailableDaysAfterOffer.Draw(random));
        return new HousingUnit(id, supply.CorporationId, location, neighbourhood.Code, dwellingType, rooms, new UnitAccess(floor, stepFree),
            new UnitRent(new EuroCents(Math.Max(1, netRent)), new EuroCents(serviceCosts)), tenancy, contract, available, UnitStatus.Available);
    }
}
