using BeschermdThuis.Matching.Domain.Common;

namespace BeschermdThuis.Matching.Simulation.Measures;

/// <summary>
/// Every measure of one scenario, estimated over its replications (<see cref="Seeds"/> in replication order), in the
/// catalog's order. <see cref="Periods"/> are the simulated periods; a series' per-period list follows them.
/// </summary>
public sealed record ScenarioEstimates(string Scenario, IReadOnlyList<int> Seeds, IReadOnlyList<DateRange> Periods, IReadOnlyList<MeasureSeries> Series)
{
    public int Replications => Seeds.Count;

    /// <summary>The series of a measure for one subject (null: the measure of the whole region), or null when there is none.</summary>
    public MeasureSeries? Find(string measureId, string? subject = null) =>
        Series.FirstOrDefault(s => s.MeasureId == measureId && s.Subject == subject);

    /// <summary>Every series of a measure: one per subject.</summary>
    public IEnumerable<MeasureSeries> All(string measureId) => Series.Where(s => s.MeasureId == measureId);

    public bool Equals(ScenarioEstimates? other) =>
        other is not null && Scenario == other.Scenario && Seeds.SequenceEqual(other.Seeds) && Periods.SequenceEqual(other.Periods)
        && Series.SequenceEqual(other.Series);

    public override int GetHashCode() => HashCode.Combine(Scenario, Seeds.Count, Series.Count);

    /// <summary>
    /// Estimates every measure over the replications. A replication without a value for a series (a subject it never
    /// saw) counts as undefined there, like an average over nobody.
    /// </summary>
    public static ScenarioEstimates Of(string scenario, IReadOnlyList<DateRange> periods, IReadOnlyList<ReplicationMeasures> replications)
    {
        var keys = SeriesKey.Union(replications.SelectMany(r => r.Values), v => new SeriesKey(v.MeasureId, v.Subject));
        var lookups = replications.Select(r => r.Values.ToDictionary(v => new SeriesKey(v.MeasureId, v.Subject))).ToList();
        var series = keys.Select(key =>
        {
            var values = lookups.Select(l => l.GetValueOrDefault(key)).ToList();
            var perPeriod = Enumerable.Range(0, periods.Count)
                .Select(p => Estimate.Of(values.Select(v => v is not null && p < v.PerPeriod.Count ? v.PerPeriod[p] : null)))
                .ToList();
            return new MeasureSeries(key.MeasureId, key.Subject, Estimate.Of(values.Select(v => v?.Total)), perPeriod);
        }).ToList();
        return new ScenarioEstimates(scenario, [.. replications.Select(r => r.Seed)], periods, series);
    }
}
