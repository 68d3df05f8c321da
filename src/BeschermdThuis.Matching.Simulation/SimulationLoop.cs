using System.Diagnostics;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Stock;
using BeschermdThuis.Matching.Simulation.Loop;
using BeschermdThuis.Matching.Simulation.Scenarios;
using BeschermdThuis.Matching.Simulation.Trace;
using BeschermdThuis.Matching.Solver;

namespace BeschermdThuis.Matching.Simulation;

/// <summary>How long each stage of a replication took (for the benchmark; never part of the trace).</summary>
public sealed record StageTimes(TimeSpan Drawing, TimeSpan Matching, TimeSpan Explaining, TimeSpan Recording)
{
    public TimeSpan Total => Drawing + Matching + Explaining + Recording;
}

/// <summary>A replication's trace with the time its stages took.</summary>
public sealed record TimedReplication(ReplicationTrace Trace, StageTimes Times);

/// <summary>
/// One replication of a scenario: period by period, clients arrive and corporations offer units, the real matching
/// engine (<see cref="MatchEngine"/>, the one the service runs) matches everyone waiting against every free unit, and
/// each proposed pair is accepted or declined at random. A pure function of its arguments: the draws come from
/// <see cref="Random"/> seeded from <c>seed</c> (clients, units and decisions each from their own stream, so scenarios
/// that differ only in units meet the same clients), the engine runs with one worker, a fixed seed and no time limit,
/// and nothing reads a clock or iterates an unordered collection. Replications share nothing, so callers may run them
/// in parallel.
/// </summary>
public static class SimulationLoop
{
    public static ReplicationTrace Run(Scenario scenario, RegionReference region, int seed) => Execute(scenario, region, seed, timed: false).Trace;

    public static TimedReplication RunTimed(Scenario scenario, RegionReference region, int seed) => Execute(scenario, region, seed, timed: true);

    private static TimedReplication Execute(Scenario scenario, RegionReference region, int seed, bool timed)
    {
        scenario.Validate();
        ScenarioRegionCheck.Ensure(scenario, region);
        var clock = new StageClock(timed);
        var geography = new RegionGeography(region);
        var clientDraw = new ClientDraw(scenario.Clients, geography);
        var unitDraw = new UnitDraw(scenario.Units, geography);
        Random clientRandom = new(seed), unitRandom = new(unchecked((seed * 7919) + 17)), decisionRandom = new(unchecked((seed * 104_729) + 31));
        var state = new ReplicationState(scenario, region);
        var periods = new List<PeriodTrace>(scenario.Periods);
        int clientNumber = 0, unitNumber = 0;
        for (var k = 1; k <= scenario.Periods; k++)
        {
            var period = scenario.Period(k);
            clock.Start();
            var arrivals = new List<ClientArrival>();
            foreach (var stream in scenario.Arrivals)
            {
                for (var n = stream.Draw(clientRandom, k); n > 0; n--)
                {
                    var client = clientDraw.Draw(clientRandom, new ClientReference($"c-{++clientNumber:D5}"), stream.Municipality, period.Start);
                    var arrival = new ClientArrival(client.Reference, client.ResponsibleMunicipality, client.HouseholdSize, client.ReadinessDate, period.Start);
                    state.Waiting.Add((client, arrival));
                    arrivals.Add(arrival);
                }
            }
            var offered = new List<HousingUnit>();
            foreach (var supply in scenario.Supply)
            {
                for (var n = supply.InPeriod(k, scenario.Periods); n > 0; n--)
                {
                    offered.Add(unitDraw.Draw(unitRandom, $"u-{++unitNumber:D5}", supply, period.Start));
                }
            }
            state.Free.AddRange(offered);
            state.ReleaseCaseload();
            clock.Lap(ref clock.Drawing);
            periods.Add(PeriodStep.Run(state, k, period, arrivals, [.. offered.Select(PeriodStep.Offer)], scenario.Decisions, decisionRandom, clock));
        }
        var trace = new ReplicationTrace(scenario.Name, seed, scenario.Horizon, periods, Limits(state, scenario), [.. state.Agreements.Select(a =>
            new AgreementTarget(a.Id, a.CorporationId, a.Municipality, a.Period, a.TargetUnits, a.CapUnits))]);
        return new TimedReplication(trace, new StageTimes(clock.Drawing, clock.Matching, clock.Explaining, clock.Recording));
    }

    private static List<NeighbourhoodLimit> Limits(ReplicationState state, Scenario scenario) =>
    [
        .. state.Neighbourhoods.Select((n, i) =>
        {
            var limits = n.EffectiveLimits(scenario.Limits.Default);
            return new NeighbourhoodLimit(n.Code, n.Municipality, n.Name, n.Inhabitants, state.HomesAtStart[i], limits.NewPlacementsPerPeriod,
                limits.CeilingFor(n.Inhabitants));
        }),
    ];
}

/// <summary>Stopwatch laps per stage, only when timed (a stopwatch measures; it never steers the run).</summary>
internal sealed class StageClock(bool enabled)
{
    private readonly Stopwatch _watch = new();

    public TimeSpan Drawing;
    public TimeSpan Matching;
    public TimeSpan Explaining;
    public TimeSpan Recording;

    public void Start()
    {
        if (enabled)
        {
            _watch.Restart();
        }
    }

    public void Lap(ref TimeSpan stage)
    {
        if (enabled)
        {
            stage += _watch.Elapsed;
            _watch.Restart();
        }
    }
}
