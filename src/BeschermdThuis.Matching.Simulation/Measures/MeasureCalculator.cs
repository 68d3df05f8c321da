using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Simulation.Trace;
using static BeschermdThuis.Matching.Simulation.Measures.MeasureIds;

namespace BeschermdThuis.Matching.Simulation.Measures;

/// <summary>
/// Every measure of <see cref="MeasureCatalog"/> for one replication, from its trace alone: a pure function, so equal
/// traces give equal measures. Measures of a subject are given for every subject the trace knows (every neighbourhood,
/// every corporation and municipality with an agreement, every municipality and household size in the queue).
/// </summary>
public static partial class MeasureCalculator
{
    public static ReplicationMeasures Measure(ReplicationTrace trace)
    {
        var values = new List<MeasureValues>();
        values.AddRange(Flows(trace));
        values.AddRange(PastReadiness(trace));
        values.AddRange(AmongHoused(trace));
        values.AddRange(Neighbourhoods(trace));
        values.AddRange(Quotas(trace));
        values.AddRange(Fairness(trace));
        return new ReplicationMeasures(trace.Seed, trace.Periods.Count, values);
    }

    private static IEnumerable<MeasureValues> Flows(ReplicationTrace trace)
    {
        var periods = trace.Periods;
        yield return Sum(Arrivals, periods, p => p.Arrivals.Count);
        yield return Sum(UnitsOffered, periods, p => p.UnitsOffered.Count);
        yield return Sum(Housed, periods, p => p.Placements.Count);
        yield return AtEnd(Waiting, periods, p => p.Waiting.Count);
        yield return AtEnd(UnitsLeft, periods, p => p.UnitsCarriedOver.Count);
    }

    // Day d of a period counts for a person who is past readiness on it (d after the readiness date) and has no home yet
    // (d before the move): a move the day after readiness costs no day past it.
    private static IEnumerable<MeasureValues> PastReadiness(ReplicationTrace trace)
    {
        var periods = trace.Periods;
        var everPast = new HashSet<ClientReference>();
        var days = new double?[periods.Count];
        foreach (var (period, p) in periods.Select((period, p) => (period, p)))
        {
            var total = 0;
            foreach (var placement in period.Placements)
            {
                var counted = DaysPast(period.Period, placement.ReadinessDate, placement.MoveDate.AddDays(-1));
                total += counted;
                if (placement.MoveDate.DayNumber - placement.ReadinessDate.DayNumber > 1)
                {
                    everPast.Add(placement.Client);
                }
            }
            foreach (var waiting in period.Waiting)
            {
                total += DaysPast(period.Period, waiting.ReadinessDate, period.Period.End);
                if (waiting.DaysPastReadiness > 0)
                {
                    everPast.Add(waiting.Client);
                }
            }
            days[p] = total;
        }
        yield return new MeasureValues(PastReadinessPeople, null, everPast.Count,
            [.. periods.Select(p => (double?)p.Waiting.Count(w => w.DaysPastReadiness > 0))]);
        yield return new MeasureValues(PastReadinessDays, null, days.Sum(), days);
    }

    // The days of the period after the readiness date, up to and including lastWithoutHome.
    private static int DaysPast(DateRange period, DateOnly readiness, DateOnly lastWithoutHome)
    {
        var first = Math.Max(period.Start.DayNumber, readiness.DayNumber + 1);
        var last = Math.Min(period.End.DayNumber, lastWithoutHome.DayNumber);
        return Math.Max(0, last - first + 1);
    }

    /// <summary>A count per period, in total their sum.</summary>
    private static MeasureValues Sum(string id, IReadOnlyList<PeriodTrace> periods, Func<PeriodTrace, int> count, string? subject = null)
    {
        var perPeriod = periods.Select(p => (double?)count(p)).ToList();
        return new MeasureValues(id, subject, perPeriod.Sum() ?? 0, perPeriod);
    }

    /// <summary>A state at each period's end, in total the last.</summary>
    private static MeasureValues AtEnd(string id, IReadOnlyList<PeriodTrace> periods, Func<PeriodTrace, int> count)
    {
        var perPeriod = periods.Select(p => (double?)count(p)).ToList();
        return new MeasureValues(id, null, perPeriod.Count == 0 ? 0 : perPeriod[^1], perPeriod);
    }

    /// <summary>A share in percent; undefined over nobody.</summary>
    private static double? Percent(int part, int whole) => whole == 0 ? null : 100.0 * part / whole;
}
