using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Simulation.Trace;
using BeschermdThuis.Matching.Solver.Results;

namespace BeschermdThuis.Matching.Simulation.Tests.Measures;

/// <summary>
/// A trace written by hand, two weekly periods, small enough to work every measure out on paper (the expected values
/// in <see cref="MeasureCalculatorTests"/> are worked out from this story):
/// c1 (Nijmegen, 1 person, ready 1 Jan) moves on 5 Jan into its first wish, indefinite and own name;
/// c2 (Nijmegen, 2 persons, ready 8 Jan) waits through week 1 and moves on 14 Jan, second wish, temporary;
/// c3 (Wijchen, 1 person, ready 20 Jan) waits, not ready yet; c4 (Wijchen, 1 person, ready 10 Jan) arrives in week 2
/// and waits. Both moves are in BU02680001 (4 protected homes already, ceiling 10, 2 a period) under Waalboog's
/// agreement for Nijmegen (target 4); BU02960001 has no room at all; Maasheggen agreed 2 in Wijchen.
/// </summary>
internal static class TwoWeekTrace
{
    public static readonly DateRange Week1 = new(new(2026, 1, 5), new(2026, 1, 11));
    public static readonly DateRange Week2 = new(new(2026, 1, 12), new(2026, 1, 18));

    private static readonly MunicipalityCode Nijmegen = new("GM0268");
    private static readonly MunicipalityCode Wijchen = new("GM0296");
    private static readonly NeighbourhoodCode Roomy = new("BU02680001");
    private static readonly NeighbourhoodCode Full = new("BU02960001");

    public static ReplicationTrace Build(int seed = 1)
    {
        ClientReference c1 = new("c1"), c2 = new("c2"), c3 = new("c3"), c4 = new("c4");
        var units = new[] { Unit("u1", Roomy), Unit("u2", Roomy), Unit("u3", Full) };
        var u4 = Unit("u4", Roomy);
        var week1 = new PeriodTrace(1, Week1,
            [Arrival(c1, Nijmegen, 1, new(2026, 1, 1), Week1), Arrival(c2, Nijmegen, 2, new(2026, 1, 8), Week1),
             Arrival(c3, Wijchen, 1, new(2026, 1, 20), Week1)],
            units, Match(3, 3), [new(c1, "u1", "waalboog", Domain.Proposals.ProposalState.TenancySigned)],
            [Placed(c1, Nijmegen, 1, new(2026, 1, 1), "u1", new(2026, 1, 5), 1, TenancyKind.Indefinite)],
            [Waiting(c2, Nijmegen, 2, new(2026, 1, 8), 3), Waiting(c3, Wijchen, 1, new(2026, 1, 20), -9)],
            [units[1], units[2]]);
        var week2 = new PeriodTrace(2, Week2,
            [Arrival(c4, Wijchen, 1, new(2026, 1, 10), Week2)],
            [u4], Match(3, 3), [new(c2, "u2", "waalboog", Domain.Proposals.ProposalState.TenancySigned)],
            [Placed(c2, Nijmegen, 2, new(2026, 1, 8), "u2", new(2026, 1, 14), 2, TenancyKind.Temporary)],
            [Waiting(c3, Wijchen, 1, new(2026, 1, 20), -2), Waiting(c4, Wijchen, 1, new(2026, 1, 10), 8)],
            [units[2], u4]);
        return new ReplicationTrace("two weeks", seed, new(Week1.Start, Week2.End), [week1, week2],
            [new(Roomy, Nijmegen, "Roomy", 2000, 4, 2, 10), new(Full, Wijchen, "Full", 0, 0, 0, 0)],
            [new("pa-waalboog", "waalboog", Nijmegen, new(new(2026, 1, 1), new(2026, 12, 31)), 4, null),
             new("pa-maasheggen", "maasheggen", Wijchen, new(new(2026, 1, 1), new(2026, 12, 31)), 2, null)]);
    }

    private static UnitOffer Unit(string id, NeighbourhoodCode neighbourhood) =>
        new(id, neighbourhood == Roomy ? "waalboog" : "maasheggen", neighbourhood.Municipality, neighbourhood, Week1.Start,
            TenancyKind.Indefinite, ContractForm.OwnName);

    private static ClientArrival Arrival(ClientReference client, MunicipalityCode municipality, int size, DateOnly readiness, DateRange week) =>
        new(client, municipality, size, readiness, week.Start);

    private static PeriodMatch Match(int clients, int units) => new(SolveStatus.Optimal, clients, units, clients * units, 0, 1);

    private static Placement Placed(ClientReference client, MunicipalityCode municipality, int size, DateOnly readiness, string unit,
        DateOnly move, int wishRank, TenancyKind tenancy) =>
        new(client, municipality, size, readiness, unit, "waalboog", Nijmegen, Roomy, wishRank, tenancy, ContractForm.OwnName, move,
            Math.Max(0, move.DayNumber - readiness.DayNumber), null, ["pa-waalboog"]);

    private static WaitingClient Waiting(ClientReference client, MunicipalityCode municipality, int size, DateOnly readiness, int daysPast) =>
        new(client, municipality, size, readiness, daysPast, WaitReason.EligibleUnitsWentToOthers, null, []);
}
