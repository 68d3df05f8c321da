using System.Globalization;
using BeschermdThuis.Matching.Domain.Clients;
using BeschermdThuis.Matching.Simulation.Trace;
using static BeschermdThuis.Matching.Simulation.Measures.MeasureIds;

namespace BeschermdThuis.Matching.Simulation.Measures;

public static partial class MeasureCalculator
{
    // Who was in the queue during a period: those housed in it and those still waiting at its end. That holds whoever
    // was waiting at its start or arrived in it, without knowing how the queue began.
    private static IEnumerable<MeasureValues> Fairness(ReplicationTrace trace)
    {
        var people = trace.Periods.SelectMany(p => p.Placements.Select(x => (x.Client, Group: new Group(x.ClientMunicipality.Value, x.HouseholdSize)))
                .Concat(p.Waiting.Select(w => (w.Client, Group: new Group(w.Municipality.Value, w.HouseholdSize)))))
            .DistinctBy(x => x.Client).ToList();
        foreach (var municipality in people.Select(p => p.Group.Municipality).Distinct().Order(StringComparer.Ordinal))
        {
            yield return OverPlacements(trace, WaitByMunicipality, MeanWait, p => p.ClientMunicipality.Value == municipality, municipality);
            yield return HousedShare(trace, HousedShareByMunicipality, municipality,
                [.. people.Where(p => p.Group.Municipality == municipality).Select(p => p.Client)]);
        }
        foreach (var size in people.Select(p => p.Group.HouseholdSize).Distinct().Order())
        {
            var subject = size.ToString(CultureInfo.InvariantCulture);
            yield return OverPlacements(trace, WaitByHouseholdSize, MeanWait, p => p.HouseholdSize == size, subject);
            yield return HousedShare(trace, HousedShareByHouseholdSize, subject,
                [.. people.Where(p => p.Group.HouseholdSize == size).Select(p => p.Client)]);
        }
    }

    private static MeasureValues HousedShare(ReplicationTrace trace, string id, string subject, HashSet<ClientReference> group)
    {
        var perPeriod = trace.Periods.Select(p =>
        {
            var housed = p.Placements.Count(x => group.Contains(x.Client));
            return Percent(housed, housed + p.Waiting.Count(w => group.Contains(w.Client)));
        }).ToList();
        var housedInTotal = trace.Periods.Sum(p => p.Placements.Count(x => group.Contains(x.Client)));
        return new MeasureValues(id, subject, Percent(housedInTotal, group.Count), perPeriod);
    }

    private readonly record struct Group(string Municipality, int HouseholdSize);
}
