using BeschermdThuis.Matching.Domain.Geography;
using BeschermdThuis.Matching.Simulation.Trace;
using static BeschermdThuis.Matching.Simulation.Measures.MeasureIds;

namespace BeschermdThuis.Matching.Simulation.Measures;

public static partial class MeasureCalculator
{
    private static IEnumerable<MeasureValues> Neighbourhoods(ReplicationTrace trace)
    {
        var periods = trace.Periods;
        var loadShares = new List<MeasureValues>();
        foreach (var limit in trace.NeighbourhoodLimits.OrderBy(l => l.Neighbourhood.Value, StringComparer.Ordinal))
        {
            var code = limit.Neighbourhood.Value;
            var placed = periods.Select(p => p.Placements.Count(x => x.Neighbourhood == limit.Neighbourhood)).ToList();
            var total = placed.Sum();
            yield return new MeasureValues(NeighbourhoodPlacements, code, total, [.. placed.Select(n => (double?)n)]);
            yield return new MeasureValues(NeighbourhoodPeriodLimitShare, code, Percent(total, limit.NewPlacementsPerPeriod * periods.Count),
                [.. placed.Select(n => Percent(n, limit.NewPlacementsPerPeriod))]);
            var homes = limit.ExistingProtectedHomesAtStart;
            var perPeriod = new List<double?>(periods.Count);
            foreach (var n in placed)
            {
                homes += n;
                perPeriod.Add(Percent(homes, limit.Ceiling));
            }
            var loadShare = new MeasureValues(NeighbourhoodLoadShare, code, Percent(homes, limit.Ceiling), perPeriod);
            loadShares.Add(loadShare);
            yield return loadShare;
        }
        yield return new MeasureValues(HighestLoadShare, null, Highest(loadShares.Select(l => l.Total)),
            [.. Enumerable.Range(0, periods.Count).Select(p => Highest(loadShares.Select(l => l.PerPeriod[p])))]);
        var atCeiling = AtCeiling(trace);
        yield return AtEnd(NeighbourhoodsAtCeiling, periods, p => atCeiling[p.Number - 1].Count);
        yield return AtEnd(UnitsLeftAtCeiling, periods, p => p.UnitsCarriedOver.Count(u => atCeiling[p.Number - 1].Contains(u.Neighbourhood)));
    }

    // Per period, the neighbourhoods whose protected homes (at the start plus the placements so far) have reached the
    // ceiling at its end; a ceiling of 0 is reached from the start.
    private static List<HashSet<NeighbourhoodCode>> AtCeiling(ReplicationTrace trace)
    {
        var homes = trace.NeighbourhoodLimits.ToDictionary(l => l.Neighbourhood, l => l.ExistingProtectedHomesAtStart);
        var ceilings = trace.NeighbourhoodLimits.ToDictionary(l => l.Neighbourhood, l => l.Ceiling);
        var perPeriod = new List<HashSet<NeighbourhoodCode>>(trace.Periods.Count);
        foreach (var period in trace.Periods)
        {
            foreach (var placement in period.Placements)
            {
                homes[placement.Neighbourhood] = homes.GetValueOrDefault(placement.Neighbourhood) + 1;
            }
            perPeriod.Add([.. ceilings.Where(c => homes[c.Key] >= c.Value).Select(c => c.Key)]);
        }
        return perPeriod;
    }

    // Max over nullables skips the undefined values, and is null when there are none.
    private static double? Highest(IEnumerable<double?> values) => values.Max();

    // Fulfilment so far: the placements that count under the subject's agreements up to each period's end, against the
    // targets agreed.
    private static IEnumerable<MeasureValues> Quotas(ReplicationTrace trace)
    {
        var byCorporation = trace.Agreements.GroupBy(a => a.CorporationId).OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var agreements in byCorporation)
        {
            yield return Fulfilment(trace, CorporationQuota, agreements.Key, agreements);
        }
        var byMunicipality = trace.Agreements.GroupBy(a => a.Municipality.Value).OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var agreements in byMunicipality)
        {
            yield return Fulfilment(trace, MunicipalityQuota, agreements.Key, agreements);
        }
    }

    private static MeasureValues Fulfilment(ReplicationTrace trace, string id, string subject, IEnumerable<AgreementTarget> agreements)
    {
        var ids = agreements.Select(a => a.AgreementId).ToHashSet(StringComparer.Ordinal);
        var target = agreements.Sum(a => a.TargetUnits);
        var counted = 0;
        var perPeriod = new List<double?>(trace.Periods.Count);
        foreach (var period in trace.Periods)
        {
            counted += period.Placements.Count(p => p.AgreementIds.Any(ids.Contains));
            perPeriod.Add(Percent(counted, target));
        }
        return new MeasureValues(id, subject, Percent(counted, target), perPeriod);
    }
}
