using BeschermdThuis.Matching.Simulation.Scenarios;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BeschermdThuis.Matching.Simulation.Tests;

/// <summary>Nothing is lost or counted twice, over random small scenarios (periods, arrivals, supply, decisions, limits, seed).</summary>
public sealed class ConservationProperties
{
    [Property(MaxTest = 12)]
    public Property EveryArrivalEndsHousedOrWaiting_AndEveryUnitLetOrFree(PositiveInt seed, byte periods, byte clients, byte units, byte accept, bool tight)
    {
        var scenario = DemoReference.Small(periods: 1 + (periods % 4), clientsPerPeriod: clients % 6, unitsPerLine: units % 4) with
        {
            Decisions = new DecisionProbabilities(0.3 + (accept % 8 / 10.0), 0.9 - (accept % 5 / 10.0)),
        };
        if (tight)
        {
            scenario = scenario with { Limits = scenario.Limits with { MaxProtectedHomesPerThousandInhabitants = 0.5m } };
        }

        var trace = SimulationLoop.Run(scenario, DemoReference.Region, seed.Get);

        var arrived = trace.Periods.SelectMany(p => p.Arrivals).Select(a => a.Client.Value).ToList();
        var housed = trace.Periods.SelectMany(p => p.Placements).Select(p => p.Client.Value).ToList();
        var waiting = trace.WaitingAtEnd.Select(w => w.Client.Value).ToList();
        var offered = trace.Periods.SelectMany(p => p.UnitsOffered).Select(u => u.UnitId).ToList();
        var let = trace.Periods.SelectMany(p => p.Placements).Select(p => p.UnitId).ToList();
        var free = trace.UnitsLeftAtEnd.Select(u => u.UnitId).ToList();
        var clientsKept = arrived.Distinct().Count() == arrived.Count
            && housed.Concat(waiting).Order(StringComparer.Ordinal).SequenceEqual(arrived.Order(StringComparer.Ordinal));
        var unitsKept = offered.Distinct().Count() == offered.Count
            && let.Concat(free).Order(StringComparer.Ordinal).SequenceEqual(offered.Order(StringComparer.Ordinal));
        var periodsKept = trace.Periods.Zip(trace.Periods.Skip(1)).All(pair =>
            pair.First.Waiting.Count + pair.Second.Arrivals.Count - pair.Second.Placements.Count == pair.Second.Waiting.Count
            && pair.First.UnitsCarriedOver.Count + pair.Second.UnitsOffered.Count - pair.Second.Placements.Count == pair.Second.UnitsCarriedOver.Count);
        return (clientsKept && unitsKept && periodsKept).Label(
            $"arrived {arrived.Count}, housed {housed.Count}, waiting {waiting.Count}; offered {offered.Count}, let {let.Count}, free {free.Count}");
    }
}
